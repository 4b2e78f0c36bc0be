/**
 * Where a medical statement comes from: the keys of ../shared/CONTENT.md.
 * 000–004 are its seed articles; the others are the national guidance it
 * lists under "Beyond the seeds".
 */
export type SourceKey =
  | '000'
  | '001'
  | '002'
  | '003'
  | '004'
  | 'NHS-BP'
  | 'NHS-SCI'
  | 'NHS-CES'
  | 'NHS-AAA'
  | 'NHS-PREG'
  | 'NHS-IBU'
  | 'NHS-ASP'
  | 'NICE-CKS'
  | 'NICE-MSCC'
  | 'NICE-NG59'
  | 'BASS'
  | 'HEAT-COLD'
  | 'ROS';
