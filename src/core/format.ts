import { getLocale } from './localization.js';

const unit = (value: number, unitName: string): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, maximumFractionDigits: 1 }).format(value);

/** A temperature in the current locale, e.g. "38°C". */
export const celsius = (value: number): string => unit(value, 'celsius');
/** A temperature in the current locale, e.g. "100.4°F". */
export const fahrenheit = (value: number): string => unit(value, 'fahrenheit');

type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';

/** An amount of time in words, e.g. "1 hour" (en) or "1 hora" (es). */
export const timeWords = (value: number, unitName: TimeUnit): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(value);

type RangeFormat = Intl.NumberFormat & { formatRange?: (min: number, max: number) => string };

/** A span of time in words, e.g. "10–20 minutes" (en) or "10-20 minutos" (es). */
export function unitRange(min: number, max: number, unitName: TimeUnit): string {
  const nf: RangeFormat = new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, unitDisplay: 'long' });
  // formatRange is ES2023; older engines get the same words without range rules.
  return nf.formatRange ? nf.formatRange(min, max) : `${min}–${nf.format(max)}`;
}

/** A date in words, e.g. "20 November 2026" in the current locale's order. */
export const longDate = (ms: number): string => new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long' }).format(ms);
