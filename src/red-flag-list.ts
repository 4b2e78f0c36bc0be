/**
 * The npm entry `spasm-widgets/red-flag-list.js`: defines <red-flag-list> alone (where
 * `customElements` exists), with the types of every `spasm-*` event.
 */
export * from './elements/red-flag-list/red-flag-list.js';
export type * from './events.js';
