/**
 * Every event the library fires, with its detail, in one place. Details are
 * plain JSON (no elements, no functions) so a page can log or post them as
 * they are. Each element's JSDoc `@fires` describes the same events for the
 * manifest.
 */
export interface TimerEventDetail {
  mode: 'ice' | 'heat';
  durationMs: number;
  /** A clock time in ms (see each event for which moment). */
  endsAt: number;
}

export interface SpasmEventMap {
  'spasm-kiosk-reset': { reason: 'idle' | 'user' };
  'spasm-kiosk-alert': { disposition: 'emergency' | 'urgent'; at: number };
  'spasm-timer-start': TimerEventDetail;
  'spasm-timer-pause': TimerEventDetail;
  'spasm-timer-resume': TimerEventDetail;
  'spasm-timer-complete': TimerEventDetail;
  'spasm-timer-cancel': TimerEventDetail;
  'spasm-red-flag-change': { checked: string[] };
  'spasm-routine-complete': { completed: string[] };
  'spasm-routine-stop': { completed: string[]; reason: 'pain' | 'user' };
  'spasm-triage-result': {
    disposition: 'emergency' | 'urgent' | 'see-doctor' | 'self-care';
    reasons: string[];
    answers: { redFlags: string[]; questions: Record<string, unknown> };
  };
}

export type SpasmEventName = keyof SpasmEventMap;

type SpasmEvents = { [K in SpasmEventName]: CustomEvent<SpasmEventMap[K]> };

declare global {
  // So `el.addEventListener('spasm-timer-start', (e) => e.detail.endsAt)` is typed in a page's own code.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends SpasmEvents {}
}

/** A `spasm-…` event that crosses shadow roots. */
export const spasmEvent = <K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): CustomEvent<SpasmEventMap[K]> =>
  new CustomEvent(name, { detail, bubbles: true, composed: true });
