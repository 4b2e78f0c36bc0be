import { msg, str } from '@lit/localize';
import { getLocale } from './localization.js';

// Creating an Intl formatter is slow (a profile of the demo's load spent about
// 30% of its script time on it); formatting with one is fast. So each is made
// once per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, options: object, make: (locale: string) => F): F {
  const locale = getLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(locale)));
  return f;
}

/** The cached NumberFormat for the current locale and `options`. */
export const numberFormat = (options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('n', options, (locale) => new Intl.NumberFormat(locale, options));

/** The cached DateTimeFormat for the current locale and `options`. */
export const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('d', options, (locale) => new Intl.DateTimeFormat(locale, options));

const unit = (value: number, unitName: string, unitDisplay: 'short' | 'long' = 'short'): string =>
  numberFormat({ style: 'unit', unit: unitName, unitDisplay, maximumFractionDigits: 1 }).format(value);

/** A temperature in the current locale, e.g. "38°C". */
export const celsius = (value: number): string => unit(value, 'celsius');
/** A temperature in the current locale, e.g. "100.4°F". */
export const fahrenheit = (value: number): string => unit(value, 'fahrenheit');

type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';

/** An amount of time in words, e.g. "1 hour" (en) or "1 hora" (es). */
export const timeWords = (value: number, unitName: TimeUnit): string => unit(value, unitName, 'long');

/**
 * A span of time in words, in each language's own way of saying a range:
 * "10–20 minutes" (en), "de 10 a 20 minutos" (es). The words around the two
 * numbers are a message, because Intl's formatRange writes "10-20 minutos".
 */
export function unitRange(min: number, max: number, unitName: TimeUnit): string {
  const from = count(min);
  const to = numberFormat({ style: 'unit', unit: unitName, unitDisplay: 'long' }).format(max);
  return msg(str`${from}–${to}`, { id: 'format.range' });
}

/** A count in the current locale's digits: "3" in English, "٣" in Arabic. */
export const count = (value: number): string => numberFormat({ maximumFractionDigits: 0 }).format(value);

/** "m:ss" for a number of seconds, in the current locale's digits (minutes are not wrapped into hours). */
export function minSec(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const two = numberFormat({ minimumIntegerDigits: 2, useGrouping: false });
  return `${numberFormat({ useGrouping: false }).format(Math.floor(s / 60))}:${two.format(s % 60)}`;
}

/** A date in words, e.g. "20 November 2026" in the current locale's order. */
export const longDate = (ms: number): string => dateFormat({ dateStyle: 'long' }).format(ms);
/** A number of minutes in words, e.g. "15 minutes", "1 minute", "15 minutos". */
export const minutes = (value: number): string => timeWords(value, 'minute');
/** A number of hours in words, e.g. "48 hours". */
export const hours = (value: number): string => timeWords(value, 'hour');
/** A number of days in words, e.g. "3 days". */
export const days = (value: number): string => timeWords(value, 'day');

/** A clock time in the current locale: "3:20 PM" in English, "15:20" in Spanish. */
export const timeOfDay = (at: number): string =>
  dateFormat({ hour: 'numeric', minute: '2-digit' }).format(at);

/** A clock time with the weekday, for times not today: "Friday 3:20 PM". */
export const dayAndTime = (at: number): string =>
  dateFormat({ weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
/** A whole number of seconds in words, e.g. "30 seconds" / "30 segundos". */
export const secondsLong = (value: number): string => timeWords(value, 'second');

/** The message for each plural form a language has (Arabic has six: zero, one, two, few, many, other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, () => string>> & { other: () => string };

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The message for `n` in the current locale's plural form: each form is its
 * own message, so a translator writes every form the language needs.
 */
export function plural(n: number, forms: PluralForms): string {
  const locale = getLocale();
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return (forms[rules.select(n)] ?? forms.other)();
}

/**
 * Makes the formatters a first render needs. The engine's first Intl number
 * formatter loads its locale data (about 25 ms on a desktop, 90 on a slow
 * phone); done ahead, in a task of its own, no widget's render waits for it.
 */
export function warmUpFormatters(): void {
  count(0);
  minSec(0);
}
