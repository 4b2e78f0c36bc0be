import { getLocale } from './localization.js';

const unit = (value: number, unitName: string, unitDisplay: 'short' | 'long' = 'short'): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, unitDisplay, maximumFractionDigits: 1 }).format(value);

/** A temperature in the current locale, e.g. "38°C". */
export const celsius = (value: number): string => unit(value, 'celsius');
/** A temperature in the current locale, e.g. "100.4°F". */
export const fahrenheit = (value: number): string => unit(value, 'fahrenheit');

type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';

/** An amount of time in words, e.g. "1 hour" (en) or "1 hora" (es). */
export const timeWords = (value: number, unitName: TimeUnit): string => unit(value, unitName, 'long');

type RangeFormat = Intl.NumberFormat & { formatRange?: (min: number, max: number) => string };

/** A span of time in words, e.g. "10–20 minutes" (en) or "10-20 minutos" (es). */
export function unitRange(min: number, max: number, unitName: TimeUnit): string {
  const nf: RangeFormat = new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, unitDisplay: 'long' });
  // formatRange is ES2023; older engines get the same words without range rules.
  return nf.formatRange ? nf.formatRange(min, max) : `${min}–${nf.format(max)}`;
}

/** A date in words, e.g. "20 November 2026" in the current locale's order. */
export const longDate = (ms: number): string => new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long' }).format(ms);
/** A number of minutes in words, e.g. "15 minutes", "1 minute", "15 minutos". */
export const minutes = (value: number): string => timeWords(value, 'minute');
/** A number of hours in words, e.g. "48 hours". */
export const hours = (value: number): string => timeWords(value, 'hour');
/** A number of days in words, e.g. "3 days". */
export const days = (value: number): string => timeWords(value, 'day');

/** A clock time in the current locale: "3:20 PM" in English, "15:20" in Spanish. */
export const timeOfDay = (at: number): string =>
  new Intl.DateTimeFormat(getLocale(), { hour: 'numeric', minute: '2-digit' }).format(at);

/** A clock time with the weekday, for times not today: "Friday 3:20 PM". */
export const dayAndTime = (at: number): string =>
  new Intl.DateTimeFormat(getLocale(), { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
/** A whole number of seconds in words, e.g. "30 seconds" / "30 segundos". */
export const secondsLong = (value: number): string => timeWords(value, 'second');
