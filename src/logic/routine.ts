/**
 * Sequencing for a routine of timed stretches. Each stretch is a run of
 * back-to-back phases (a hold per side, or breathe in / breathe out …) timed
 * by one Countdown for the whole stretch; which phase is on is worked out
 * from the clock, so a throttled background tab is never behind. Between
 * stretches the routine waits for the patient to get into position and
 * press Start. Values are immutable; each change returns a new one.
 */
import type { Cue, Dose, Side } from '../content/stretches.js';
import {
  elapsedMs,
  isFinished,
  isPaused,
  pauseCountdown,
  resumeCountdown,
  startCountdown,
  type Countdown,
} from './countdown.js';

export interface Phase {
  cue: Cue;
  side?: Side;
  /** Which repetition this phase belongs to (from 1), and how many there are. */
  rep: number;
  reps: number;
  durationMs: number;
}

export interface Step {
  id: string;
  phases: readonly Phase[];
  durationMs: number;
}

export interface PlanOptions {
  /** Replaces every hold's length, kept within each hold's own range. */
  holdSeconds?: number | null;
  /** Replaces every repetition count. */
  reps?: number | null;
  /** Pregnant: leave out stretches on the stomach, and cap those on the back at these. */
  pregnant?: { holdSeconds: number; reps: number } | null;
}

/** A stretch as the plan reads it. */
export interface PlanItem {
  id: string;
  dose: Dose;
  lying?: 'back' | 'stomach';
}

/** The length a hold will use when the page asks for `seconds`: inside the hold's own range. */
export const holdSecondsFor = (dose: Extract<Dose, { kind: 'hold' }>, seconds: number | null | undefined): number =>
  Math.min(dose.max, Math.max(dose.min, seconds ?? dose.seconds));

/** The phases of one stretch, with the page's overrides applied. */
export function planStep(id: string, dose: Dose, options: PlanOptions = {}, lying?: PlanItem['lying']): Step {
  const phases: Phase[] = [];
  const cap = lying === 'back' ? options.pregnant : null;
  if (dose.kind === 'hold') {
    const seconds = holdSecondsFor(dose, options.holdSeconds);
    const durationMs = Math.min(seconds, cap?.holdSeconds ?? Infinity) * 1000;
    for (const side of dose.sides ?? [undefined]) {
      phases.push({ cue: 'hold', ...(side ? { side } : {}), rep: 1, reps: 1, durationMs });
    }
  } else {
    const reps = Math.max(1, Math.min(options.reps ?? dose.reps, cap?.reps ?? Infinity));
    for (let rep = 1; rep <= reps; rep++) {
      for (const p of dose.pace) {
        phases.push({ cue: p.cue, ...(p.side ? { side: p.side } : {}), rep, reps, durationMs: p.seconds * 1000 });
      }
    }
  }
  return { id, phases, durationMs: phases.reduce((sum, p) => sum + p.durationMs, 0) };
}

/** The routine's steps in order; pregnant, without the stretches on the stomach. */
export const planRoutine = (items: readonly PlanItem[], options: PlanOptions = {}): Step[] =>
  items.filter((s) => !(options.pregnant && s.lying === 'stomach')).map((s) => planStep(s.id, s.dose, options, s.lying));

export type RoutineState = 'idle' | 'running' | 'paused' | 'done' | 'stopped';
export type StopReason = 'pain' | 'user';

export interface Routine {
  readonly steps: readonly Step[];
  /** The stretch on screen. */
  readonly index: number;
  /** Its countdown once started; null while it waits for Start. */
  readonly run: Countdown | null;
  /** Ids of the stretches counted down to the end, in the order finished. */
  readonly completed: readonly string[];
  readonly ended: 'done' | 'stopped' | null;
  readonly reason: StopReason | null;
}

export function newRoutine(steps: readonly Step[]): Routine {
  return { steps, index: 0, run: null, completed: [], ended: steps.length ? null : 'done', reason: null };
}

export function stateOf(r: Routine): RoutineState {
  if (r.ended) return r.ended;
  if (!r.run) return 'idle';
  return isPaused(r.run) ? 'paused' : 'running';
}

const goTo = (r: Routine, index: number): Routine =>
  index >= r.steps.length ? { ...r, run: null, ended: 'done' } : { ...r, index: Math.max(0, index), run: null };

/**
 * Records a stretch whose countdown has run out and moves on to the next one
 * (waiting for Start), or to the end. Call before reading or changing the
 * routine; returns `r` itself when nothing has changed.
 */
export function settle(r: Routine, now: number): Routine {
  if (r.ended || !r.run || !isFinished(r.run, now)) return r;
  const id = r.steps[r.index]!.id;
  const completed = r.completed.includes(id) ? r.completed : [...r.completed, id];
  return goTo({ ...r, completed }, r.index + 1);
}

export function start(r: Routine, now: number): Routine {
  if (r.ended || r.run) return r;
  return { ...r, run: startCountdown(r.steps[r.index]!.durationMs, now) };
}

export function pause(r: Routine, now: number): Routine {
  const s = settle(r, now);
  return s === r && r.run ? { ...r, run: pauseCountdown(r.run, now) } : s;
}

export function resume(r: Routine, now: number): Routine {
  return r.run && !r.ended ? { ...r, run: resumeCountdown(r.run, now) } : r;
}

/** Skips to the next stretch without counting this one (unless its time had already run out). */
export function next(r: Routine, now: number): Routine {
  if (r.ended) return r;
  const s = settle(r, now);
  return s === r ? goTo(r, r.index + 1) : s;
}

/** Back to the stretch before the one on screen, waiting for Start; on the first, back to its start. */
export function previous(r: Routine, now: number): Routine {
  if (r.ended) return r;
  const s = settle(r, now);
  return { ...s, index: Math.max(0, r.index - 1), run: null, ended: null };
}

/** Ends the routine early. Pain always ends it, even in the instant a stretch finished. */
export function stop(r: Routine, now: number, reason: StopReason): Routine {
  if (r.ended) return r;
  return { ...settle(r, now), run: null, ended: 'stopped', reason };
}

export interface Position {
  step: Step;
  phaseIndex: number;
  phase: Phase;
  /** Time left in this phase (the whole phase while waiting for Start). */
  phaseRemainingMs: number;
  /** Fraction of this phase done, 0 to 1. */
  phaseProgress: number;
}

/** Where the routine is now, or null once it has ended. Settle first. */
export function position(r: Routine, now: number): Position | null {
  if (r.ended) return null;
  const step = r.steps[r.index]!;
  let left = r.run ? elapsedMs(r.run, now) : 0;
  let phaseIndex = 0;
  while (phaseIndex < step.phases.length - 1 && left >= step.phases[phaseIndex]!.durationMs) {
    left -= step.phases[phaseIndex]!.durationMs;
    phaseIndex++;
  }
  const phase = step.phases[phaseIndex]!;
  const done = Math.min(left, phase.durationMs);
  return {
    step,
    phaseIndex,
    phase,
    phaseRemainingMs: phase.durationMs - done,
    phaseProgress: phase.durationMs ? done / phase.durationMs : 1,
  };
}

/** Milliseconds from now to the end of each phase still to come in a running stretch: when to chime. */
export function phaseEndsIn(r: Routine, now: number): number[] {
  if (r.ended || !r.run || isPaused(r.run)) return [];
  const elapsed = elapsedMs(r.run, now);
  const out: number[] = [];
  let end = 0;
  for (const p of r.steps[r.index]!.phases) {
    end += p.durationMs;
    if (end > elapsed) out.push(end - elapsed);
  }
  return out;
}
