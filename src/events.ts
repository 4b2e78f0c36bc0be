/**
 * The `detail` of every `spasm-*` event, by event name: the one place that
 * types them. The manifest's events take their types from here (see
 * custom-elements-manifest.config.mjs), so the generated React, Vue and JSX
 * types do too, and `addEventListener('spasm-triage-result', (e) => e.detail…)`
 * is typed for anyone who imports the package.
 */
// Written out rather than imported, so that src/core (which fires them) needs nothing from src/logic.

/** The four levels of CONTENT.md §5, most urgent first. */
export type Disposition = 'emergency' | 'urgent' | 'see-doctor' | 'self-care';

/** `spasm-triage-result`: the outcome the patient reached. */
export interface TriageResultDetail {
  disposition: Disposition;
  /** The sign and reason ids of CONTENT.md §6–§8 that led there, most urgent first. */
  reasons: string[];
  /** Each question or sign asked → `yes`, `no`, `not-sure` or the choice's value. */
  answers: Record<string, string>;
}

/** Every `spasm-timer-*` event: the round it is about. */
export interface TimerDetail {
  mode: 'ice' | 'heat';
  durationMs: number;
  /** A clock time in ms: when the round ends (or ended, or was cancelled). */
  endsAt: number;
}

/** `spasm-red-flag-change`: the ids ticked "yes" and "not sure", in display order, and the highest level reached. */
export interface RedFlagChangeDetail {
  checked: string[];
  unsure: string[];
  level: 'emergency' | 'urgent' | null;
}

/** `spasm-routine-complete`: the stretches timed to the end, in order. */
export interface RoutineCompleteDetail {
  completed: string[];
}

/** `spasm-routine-stop`: the patient ended the routine early. */
export interface RoutineStopDetail {
  completed: string[];
  reason: 'pain' | 'user';
}

/** `spasm-kiosk-reset`: the kiosk forgot everything. */
export interface KioskResetDetail {
  reason: 'idle' | 'user';
}

/** `spasm-kiosk-alert`: a patient left an emergency (or urgent) outcome unattended. Never the answers. */
export interface KioskAlertDetail {
  disposition: 'emergency' | 'urgent';
  /** Clock time in ms the outcome was shown. */
  at: number;
}

/** Event name → detail type. */
export interface SpasmEventDetails {
  'spasm-triage-result': TriageResultDetail;
  'spasm-timer-start': TimerDetail;
  'spasm-timer-pause': TimerDetail;
  'spasm-timer-resume': TimerDetail;
  'spasm-timer-complete': TimerDetail;
  'spasm-timer-cancel': TimerDetail;
  'spasm-red-flag-change': RedFlagChangeDetail;
  'spasm-routine-complete': RoutineCompleteDetail;
  'spasm-routine-stop': RoutineStopDetail;
  'spasm-kiosk-reset': KioskResetDetail;
  'spasm-kiosk-alert': KioskAlertDetail;
}

/** A `spasm-*` event as a listener receives it. */
export type SpasmEvent<K extends keyof SpasmEventDetails> = CustomEvent<SpasmEventDetails[K]>;

declare global {
  // The events bubble and are composed, so any element (or the document) hears them.
  interface HTMLElementEventMap {
    'spasm-triage-result': SpasmEvent<'spasm-triage-result'>;
    'spasm-timer-start': SpasmEvent<'spasm-timer-start'>;
    'spasm-timer-pause': SpasmEvent<'spasm-timer-pause'>;
    'spasm-timer-resume': SpasmEvent<'spasm-timer-resume'>;
    'spasm-timer-complete': SpasmEvent<'spasm-timer-complete'>;
    'spasm-timer-cancel': SpasmEvent<'spasm-timer-cancel'>;
    'spasm-red-flag-change': SpasmEvent<'spasm-red-flag-change'>;
    'spasm-routine-complete': SpasmEvent<'spasm-routine-complete'>;
    'spasm-routine-stop': SpasmEvent<'spasm-routine-stop'>;
    'spasm-kiosk-reset': SpasmEvent<'spasm-kiosk-reset'>;
    'spasm-kiosk-alert': SpasmEvent<'spasm-kiosk-alert'>;
  }
}
