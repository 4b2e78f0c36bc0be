import { getLocale } from './localization.js';

const unit = (value: number, unitName: string, unitDisplay: 'short' | 'long' = 'short'): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, unitDisplay, maximumFractionDigits: 1 }).format(value);

/** A temperature in the current locale, e.g. "38°C". */
export const celsius = (value: number): string => unit(value, 'celsius');
/** A temperature in the current locale, e.g. "100.4°F". */
export const fahrenheit = (value: number): string => unit(value, 'fahrenheit');

/** A number of minutes in words, e.g. "15 minutes", "1 minute", "15 minutos". */
export const minutes = (value: number): string => unit(value, 'minute', 'long');
/** A number of hours in words, e.g. "48 hours". */
export const hours = (value: number): string => unit(value, 'hour', 'long');
/** A number of days in words, e.g. "3 days". */
export const days = (value: number): string => unit(value, 'day', 'long');

/** A clock time in the current locale: "3:20 PM" in English, "15:20" in Spanish. */
export const timeOfDay = (at: number): string =>
  new Intl.DateTimeFormat(getLocale(), { hour: 'numeric', minute: '2-digit' }).format(at);

/** A clock time with the weekday, for times not today: "Friday 3:20 PM". */
export const dayAndTime = (at: number): string =>
  new Intl.DateTimeFormat(getLocale(), { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
