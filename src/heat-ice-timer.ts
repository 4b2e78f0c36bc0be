/**
 * The npm entry `spasm-widgets/heat-ice-timer.js`: defines <heat-ice-timer> alone (where
 * `customElements` exists), with the types of every `spasm-*` event.
 */
export * from './elements/heat-ice-timer/heat-ice-timer.js';
export type * from './events.js';
