/**
 * Where a medical statement comes from: the keys of ../shared/CONTENT.md
 * (000–004 are its seed articles; NHS and BASS its clinical references).
 */
export type SourceKey = '000' | '001' | '002' | '003' | '004' | 'NHS' | 'BASS';
