/**
 * The npm entry `spasm-widgets/spasm-kiosk.js`: defines <spasm-kiosk> and the
 * four widgets it hosts (where `customElements` exists), with the types of
 * every `spasm-*` event.
 */
import './elements/spasm-triage/spasm-triage.js';
import './elements/heat-ice-timer/heat-ice-timer.js';
import './elements/stretch-routine/stretch-routine.js';
import './elements/red-flag-list/red-flag-list.js';

export * from './elements/spasm-kiosk/spasm-kiosk.js';
export type * from './events.js';
