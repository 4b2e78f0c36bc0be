/**
 * The `detail` of every `spasm-*` event, by event name: the one place that
 * types them. The manifest's events take their types from here (see
 * custom-elements-manifest.config.mjs), so the generated React, Vue and JSX
 * types do too, and `addEventListener('spasm-triage-result', (e) => e.detail…)`
 * is typed for anyone who imports the package.
 */
import type { StopReason } from './logic/routine.js';
import type { Treatment } from './logic/heat-ice.js';
import type { Disposition, TriageAnswers } from './logic/triage.js';

/** `spasm-triage-result`: the outcome the patient reached. */
export interface TriageResultDetail {
  disposition: Disposition;
  /** Red-flag ids for `emergency`; see-doctor reason ids for `see-doctor`; empty for `self-care`. */
  reasons: string[];
  answers: TriageAnswers;
}

/** Every `spasm-timer-*` event: the round it is about. */
export interface TimerDetail {
  mode: Treatment;
  durationMs: number;
  /** A clock time in ms: when the round ends (or ended, or was cancelled). */
  endsAt: number;
}

/** `spasm-red-flag-change`: the ids of the ticked signs, in display order. */
export interface RedFlagChangeDetail {
  checked: string[];
}

/** `spasm-routine-complete`: the stretches timed to the end, in order. */
export interface RoutineCompleteDetail {
  completed: string[];
}

/** `spasm-routine-stop`: the patient ended the routine early. */
export interface RoutineStopDetail {
  completed: string[];
  reason: StopReason;
}

/** `spasm-kiosk-reset`: the kiosk forgot everything. */
export interface KioskResetDetail {
  reason: 'idle' | 'user';
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
  }
}
