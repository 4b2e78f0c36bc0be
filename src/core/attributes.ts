/**
 * Attribute parsers. Each turns a raw attribute value into the value the
 * element will use, and says what was expected when the raw value was bad.
 * They are pure so they can be tested without an element.
 */
export interface Parsed<T> {
  value: T;
  /** Set when the raw value was unusable: what a valid value looks like. */
  expected?: string;
}

/**
 * What a setting may arrive as. Attributes are strings (or null when absent);
 * frameworks (React 19, Vue, Svelte, Angular) set properties, so a number or a
 * boolean arrives as itself.
 */
export type RawSetting = string | number | boolean | null | undefined;

export type Parser<T> = (raw: RawSetting) => Parsed<T>;

/**
 * The one conversion every parser starts from: a value of any type as the
 * text an attribute would hold, or null for "not given". Arrays (a list
 * setting given as `['a', 'b']`) read as their comma-joined items.
 */
export function settingText(raw: unknown): string | null {
  if (raw == null) return null;
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw)) return raw.join(',');
  return String(raw);
}

/** Strictly decimal: `12`, `-3`, `12.0`, `.5`; never hex, exponents or trailing units. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number from an attribute or a property: NaN when it is not one. Numbers
 * arrive as themselves (so 1e21 given as a property is still a number);
 * text must be plain decimal, because Number() would also read `0x10` as 16,
 * `1e1` as 10 and `''` as 0.
 */
export function settingNumber(raw: RawSetting): number {
  if (typeof raw === 'number') return raw;
  const text = settingText(raw)?.trim() ?? '';
  return DECIMAL.test(text) ? Number(text) : NaN;
}

const isBlank = (raw: RawSetting): boolean => {
  const text = settingText(raw);
  return text === null || text.trim() === '';
};

/** The trimmed text of a value already known not to be blank. */
const trimmed = (raw: RawSetting): string => settingText(raw)!.trim();

/** A number clamped to [min, max]; blank means the default. */
export function numberInRange(min: number, max: number, fallback: number, integer = true): Parser<number> {
  const expected = `a ${integer ? 'whole ' : ''}number from ${min} to ${max}`;
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const n = settingNumber(raw);
    if (!Number.isFinite(n)) return { value: fallback, expected };
    const rounded = integer ? Math.round(n) : n;
    const clamped = Math.min(max, Math.max(min, rounded));
    return clamped === n ? { value: clamped } : { value: clamped, expected };
  };
}

/** The `heading-level` attribute every element with a heading takes: 1–6, default 2. */
export const headingLevel = numberInRange(1, 6, 2);

/** One of a fixed set of keywords (case-insensitive); anything else means the default. */
export function oneOf<T extends string>(options: readonly T[], fallback: T): Parser<T> {
  const expected = `one of ${options.map((o) => `"${o}"`).join(', ')}`;
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const v = trimmed(raw).toLowerCase() as T;
    return options.includes(v) ? { value: v } : { value: fallback, expected };
  };
}

const PHONE = /^[0-9+\- ]{2,20}$/;

/** A phone number to dial: digits, +, spaces and dashes, 2–20 characters, at least two digits. */
export function phoneNumber(fallback: string): Parser<string> {
  const expected = 'digits, +, spaces and dashes (2 to 20 characters)';
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const v = trimmed(raw);
    const digits = v.replace(/\D/g, '').length;
    return PHONE.test(v) && digits >= 2 ? { value: v } : { value: fallback, expected };
  };
}

/** The `tel:` URL for a number accepted by phoneNumber(). */
export const telHref = (number: string): string => `tel:${number.replace(/\s+/g, '')}`;

/**
 * A link the page gives us: http(s) or relative only. Anything else (javascript:,
 * data:, mailto:, …) is refused, and the element shows no link. So are
 * protocol-relative (`//evil.example/x`) and backslash addresses: browsers
 * read `\` as `/`, so `/\evil.example` leads to another site too.
 */
export const safeUrl: Parser<string | null> = (raw) => {
  if (isBlank(raw)) return { value: null };
  const v = trimmed(raw);
  // Browsers strip tabs and newlines anywhere in a URL (and controls at its ends): `java\tscript:` is `javascript:`.
  // eslint-disable-next-line no-control-regex
  const squeezed = v.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  // `//host/x` and `\\host` leave the site however they are written.
  const offSite = squeezed.startsWith('//') || squeezed.includes('\\');
  if (!offSite && (!scheme || /^https?$/i.test(scheme[1]!))) return { value: v };
  return { value: null, expected: 'an http, https or relative address' };
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 date (`2026-11-20`, read as local midnight) or date-time
 * (`2026-11-20T08:00`, local unless it names a zone: `Z`, `+01:00`) as a
 * clock time; null when it is not one, or names a day that does not exist.
 */
export function parseIsoTime(raw: string): number | null {
  const m = ISO.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const local = new Date(+y!, +mo! - 1, +d!, +h, +mi, +s);
  // Date rolls 2026-02-31 over to March: refuse anything that did not stay put.
  if (local.getMonth() !== +mo! - 1 || local.getDate() !== +d! || +h > 23 || +mi > 59 || +s > 59) return null;
  if (!zone) return local.getTime();
  const zoned = Date.parse(raw.trim().toUpperCase().replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(zoned) ? zoned : null;
}

/** A moment in the past, as an ISO 8601 date or date-time; blank, unparsable or later than `now` means none. */
export function pastTime(now: number): Parser<number | null> {
  const expected = 'an ISO 8601 date or date-time that is not in the future, such as 2026-11-20T08:00';
  return (raw) => {
    if (isBlank(raw)) return { value: null };
    const t = parseIsoTime(trimmed(raw));
    return t !== null && t <= now ? { value: t } : { value: null, expected };
  };
}

/**
 * Like numberInRange, for a setting that may be left out: blank means null
 * ("not set", so the element uses its own per-item defaults); text that is
 * not a number also means null, with a warning; numbers are clamped.
 */
export function optionalNumberInRange(min: number, max: number): Parser<number | null> {
  const parse = numberInRange(min, max, min);
  return (raw) => {
    if (isBlank(raw)) return { value: null };
    if (!Number.isFinite(settingNumber(raw))) {
      return { value: null, expected: `a whole number from ${min} to ${max}, or nothing for the built-in defaults` };
    }
    return parse(raw);
  };
}

/**
 * A comma-separated list of ids from a fixed set, kept in the order given
 * (case-insensitive). Unknown and repeated ids are dropped with a warning; a
 * list left empty means `fallback`.
 */
export function idList<T extends string>(options: readonly T[], fallback: readonly T[] = options): Parser<T[]> {
  const expected = `comma-separated ids from ${options.map((o) => `"${o}"`).join(', ')}`;
  return (raw) => {
    if (isBlank(raw)) return { value: [...fallback] };
    const ids: T[] = [];
    let bad = false;
    for (const part of trimmed(raw).split(',')) {
      const id = part.trim().toLowerCase() as T;
      if (!id) continue;
      if (options.includes(id) && !ids.includes(id)) ids.push(id);
      else bad = true;
    }
    const value = ids.length ? ids : [...fallback];
    return bad || !ids.length ? { value, expected } : { value };
  };
}

/**
 * An on/off setting. A boolean property is itself; as text, present-but-empty
 * (`<x-el flag>`), "true" and "on" are on, "false" and "off" are off.
 */
export function flag(fallback: boolean): Parser<boolean> {
  const expected = 'true or false';
  return (raw) => {
    if (typeof raw === 'boolean') return { value: raw };
    if (raw == null) return { value: fallback };
    const v = trimmed(raw).toLowerCase();
    if (v === '' || v === 'true' || v === 'on') return { value: true };
    if (v === 'false' || v === 'off') return { value: false };
    return { value: fallback, expected };
  };
}
