import { getLocale } from './localization.js';

const unit = (value: number, unitName: string): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: unitName, maximumFractionDigits: 1 }).format(value);

/** A temperature in the current locale, e.g. "38°C". */
export const celsius = (value: number): string => unit(value, 'celsius');
/** A temperature in the current locale, e.g. "100.4°F". */
export const fahrenheit = (value: number): string => unit(value, 'fahrenheit');

/** A whole number of seconds in words, e.g. "30 seconds" / "30 segundos". */
export const secondsLong = (value: number): string =>
  new Intl.NumberFormat(getLocale(), { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(value);
