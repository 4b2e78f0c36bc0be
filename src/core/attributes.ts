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

export type Parser<T> = (raw: string | null | undefined) => Parsed<T>;

const isBlank = (raw: string | null | undefined): raw is null | undefined | '' =>
  raw == null || raw.trim() === '';

/** A number clamped to [min, max]; blank means the default. */
export function numberInRange(min: number, max: number, fallback: number, integer = true): Parser<number> {
  const expected = `a ${integer ? 'whole ' : ''}number from ${min} to ${max}`;
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const n = Number(raw.trim());
    if (!Number.isFinite(n)) return { value: fallback, expected };
    const rounded = integer ? Math.round(n) : n;
    const clamped = Math.min(max, Math.max(min, rounded));
    return clamped === n ? { value: clamped } : { value: clamped, expected };
  };
}

/** One of a fixed set of keywords (case-insensitive); anything else means the default. */
export function oneOf<T extends string>(options: readonly T[], fallback: T): Parser<T> {
  const expected = `one of ${options.map((o) => `"${o}"`).join(', ')}`;
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const v = raw.trim().toLowerCase() as T;
    return options.includes(v) ? { value: v } : { value: fallback, expected };
  };
}

const PHONE = /^[0-9+\- ]{2,20}$/;

/** A phone number to dial: digits, +, spaces and dashes, 2–20 characters, at least two digits. */
export function phoneNumber(fallback: string): Parser<string> {
  const expected = 'digits, +, spaces and dashes (2 to 20 characters)';
  return (raw) => {
    if (isBlank(raw)) return { value: fallback };
    const v = raw.trim();
    const digits = v.replace(/\D/g, '').length;
    return PHONE.test(v) && digits >= 2 ? { value: v } : { value: fallback, expected };
  };
}

/** The `tel:` URL for a number accepted by phoneNumber(). */
export const telHref = (number: string): string => `tel:${number.replace(/\s+/g, '')}`;

/**
 * A link the page gives us: http(s) or relative only. Anything else (javascript:,
 * data:, mailto:, …) is refused, and the element shows no link.
 */
export const safeUrl: Parser<string | null> = (raw) => {
  if (isBlank(raw)) return { value: null };
  const v = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v.replace(/[\u0000-\u0020]/g, ''));
  if (!scheme || /^https?$/i.test(scheme[1]!)) return { value: v };
  return { value: null, expected: 'an http, https or relative address' };
};

/**
 * A comma-separated list of known names, kept in the page's order without
 * repeats. Unknown names are dropped (with a warning); an empty result means
 * the default list.
 */
export function nameList<T extends string>(known: readonly T[], fallback: readonly T[] = known): Parser<T[]> {
  const expected = `comma-separated names from ${known.join(', ')}`;
  return (raw) => {
    if (isBlank(raw)) return { value: [...fallback] };
    const names = new Set(raw.split(',').map((n) => n.trim().toLowerCase()).filter(Boolean));
    const value = [...names].filter((n): n is T => (known as readonly string[]).includes(n));
    if (value.length === 0) return { value: [...fallback], expected };
    return value.length === names.size ? { value } : { value, expected };
  };
}

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
    const t = parseIsoTime(raw);
    return t !== null && t <= now ? { value: t } : { value: null, expected };
  };
}
