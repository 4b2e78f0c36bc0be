/**
 * spasm-widgets: back-spasm self-care widgets for any web page.
 * Importing this module defines every element (once, however often it loads).
 */
import './elements/red-flag-list/red-flag-list.js';
import './elements/spasm-triage/spasm-triage.js';
import './elements/heat-ice-timer/heat-ice-timer.js';
import './elements/stretch-routine/stretch-routine.js';
import './elements/spasm-kiosk/spasm-kiosk.js';

export { RedFlagList } from './elements/red-flag-list/red-flag-list.js';
export { SpasmTriage } from './elements/spasm-triage/spasm-triage.js';
export { HeatIceTimer } from './elements/heat-ice-timer/heat-ice-timer.js';
export { StretchRoutine } from './elements/stretch-routine/stretch-routine.js';
export { SpasmKiosk } from './elements/spasm-kiosk/spasm-kiosk.js';
export { getLocale, locales, setLocale } from './core/localization.js';
export { VERSION } from './core/version.js';

// Public types, for TypeScript users and the generated framework types.
export type * from './events.js';
export type { Answers as TriageAnswers } from './logic/triage.js';
export type { Clock } from './core/clock.js';
export type { Treatment } from './logic/heat-ice.js';
export type { StopReason } from './logic/routine.js';
export type { KeyValueStore } from './core/storage.js';
