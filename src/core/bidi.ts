import { getLocale } from './localization.js';

/** Languages written right to left, by primary subtag. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** `rtl` for a right-to-left locale (the current one by default), else `ltr`. */
export const localeDir = (locale: string = getLocale()): 'ltr' | 'rtl' =>
  RTL.has(locale.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

/**
 * Text from the page (a clinic's name) set inside our own sentence: isolated,
 * so a right-to-left name or a stray bidi control in it cannot reorder the
 * words around it.
 */
export const isolate = (text: string): string => FSI + text + PDI;

/**
 * A phone number inside a sentence: always left to right. In a left-to-right
 * language it already is, so it is left as it is there.
 */
export const ltr = (text: string): string => (localeDir() === 'rtl' ? LRI + text + PDI : text);
