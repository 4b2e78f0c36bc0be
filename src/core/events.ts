/**
 * Firing the events of src/events.ts, which types every event's detail in one
 * place. Details are plain JSON (no elements, no functions) so a page can log
 * or post them as they are.
 */
import type { SpasmEventDetails } from '../events.js';

export type SpasmEventMap = SpasmEventDetails;
export type SpasmEventName = keyof SpasmEventMap;

/** A `spasm-…` event that crosses shadow roots. */
export const spasmEvent = <K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): CustomEvent<SpasmEventMap[K]> =>
  new CustomEvent(name, { detail, bubbles: true, composed: true });
