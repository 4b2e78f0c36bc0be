/**
 * The npm entry `spasm-widgets/stretch-routine.js`: defines <stretch-routine> alone (where
 * `customElements` exists), with the types of every `spasm-*` event.
 */
export * from './elements/stretch-routine/stretch-routine.js';
export type * from './events.js';
