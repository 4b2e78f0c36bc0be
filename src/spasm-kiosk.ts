/**
 * The npm entry `spasm-widgets/spasm-kiosk.js`: defines <spasm-kiosk> alone (where
 * `customElements` exists), with the types of every `spasm-*` event.
 */
export * from './elements/spasm-kiosk/spasm-kiosk.js';
export type * from './events.js';
