/**
 * The npm entry `spasm-widgets/spasm-triage.js`: defines <spasm-triage> alone (where
 * `customElements` exists), with the types of every `spasm-*` event.
 */
export * from './elements/spasm-triage/spasm-triage.js';
export type * from './events.js';
