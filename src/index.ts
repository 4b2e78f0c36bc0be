/**
 * spasm-widgets: back-spasm self-care widgets for any web page.
 * Importing this module defines every element (once, however often it loads).
 */
import './elements/red-flag-list/red-flag-list.js';
import './elements/stretch-routine/stretch-routine.js';

export { RedFlagList } from './elements/red-flag-list/red-flag-list.js';
export { StretchRoutine } from './elements/stretch-routine/stretch-routine.js';
export { getLocale, locales, setLocale } from './core/localization.js';
export { VERSION } from './core/version.js';
