import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Announcer } from '../../core/announcer.js';
import { ChimeController } from '../../core/chime.js';
import type { Clock } from '../../core/clock.js';
import type { SpasmEventMap } from '../../core/events.js';
import type { FocusGuard } from '../../core/focus.js';
import type { Sound } from '../../core/sound.js';
import { Ticker } from '../../core/ticker.js';
import {
  newRoutine,
  pause,
  phaseEndsIn,
  position,
  resume,
  settle,
  start,
  stateOf,
  stop,
  type next,
  type Routine,
  type RoutineState,
  type Step,
  type StopReason,
} from '../../logic/routine.js';
import { phaseAnnouncement, stretchOf } from './screens.js';

export type RoutineEventName = 'spasm-routine-complete' | 'spasm-routine-stop';

export interface RoutineOptions {
  clock: () => Clock;
  sound: () => Sound;
  muted: () => boolean;
  /** The stretches to run, planned from the host's settings. */
  plan: () => Step[];
  /** Past the start screen: before it nothing runs, chimes or is said. */
  begun: () => boolean;
  announcer: Announcer;
  focus: FocusGuard;
  /** The host's heading: focus follows it there when a stretch ends under the patient's hands. */
  heading: string;
  /** Fires a routine event after the render that shows it. */
  emit: <K extends RoutineEventName>(name: K, detail: SpasmEventMap[K]) => void;
  /** Before each render, once the routine has caught up with the clock: the state to show. */
  settled: (state: RoutineState | 'intro') => void;
}

/**
 * The stretch routine's hold timers, apart from its screens: the routine in
 * progress, the ticking while a stretch runs, a soft chime booked on the
 * audio clock at the end of each phase still to come, and what time alone
 * changes: a stretch that runs out is recorded and the next one waits for
 * Start. Each new phase's cue, and each stretch done, is said once.
 *
 * Before each render it catches up with the clock and hands the host the
 * state to show. The host's event handlers call the patient's actions here
 * (`main`, `move`, `end`); a press that arrives after the stretch ran out
 * between repaints does nothing, since its screen has gone.
 */
export class RoutineController implements ReactiveController {
  private current: Routine | null = null;
  /** The stretch and phase last seen running, so each cue is said once. */
  private phaseKey = '';
  /** The clock's time at the last render: what the screen shows. Read only. */
  now = 0;
  private last: RoutineState | 'intro' = 'intro';
  private readonly chimes: ChimeController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RoutineOptions,
  ) {
    host.addController(this);
    this.chimes = new ChimeController(host, {
      sound: options.sound,
      clock: options.clock,
      wanted: () => {
        if (options.muted() || !this.current || !options.begun()) return null;
        const now = options.clock().now();
        return phaseEndsIn(this.current, now).map((ms) => ({ at: now + ms, kind: 'soft' as const }));
      },
    });
    new Ticker(host, () => this.last === 'running');
  }

  /** The routine as of the last render or action (planned on first use). */
  get routine(): Routine {
    return (this.current ??= newRoutine(this.options.plan()));
  }

  private set routine(value: Routine) {
    if (value !== this.current) this.host.requestUpdate();
    this.current = value;
  }

  /** Ids of the stretches timed to the end so far. */
  get completed(): string[] {
    return [...(this.current?.completed ?? [])];
  }

  /** A fresh routine from the host's plan, waiting at the first stretch. */
  replan(): void {
    this.routine = newRoutine(this.options.plan());
    this.options.announcer.clear();
    this.phaseKey = '';
  }

  hostUpdate(): void {
    const now = (this.now = this.options.clock().now());
    this.sync(now);
    const r = this.routine;
    const state = (this.last = this.options.begun() ? stateOf(r) : 'intro');
    const at = position(r, now);
    const key = at && state !== 'idle' ? `${r.index}:${at.phaseIndex}` : '';
    // A new phase of a running stretch: say its cue (once, not every second).
    if (key && key !== this.phaseKey && state === 'running' && at!.phaseIndex > 0) {
      this.options.announcer.polite(phaseAnnouncement(at!.phase, at!.phaseRemainingMs));
    }
    this.phaseKey = key;
    this.options.settled(state);
  }

  /** Start, Pause or Resume. */
  main(): void {
    const now = this.options.clock().now();
    if (this.sync(now)) return;
    const r = this.routine;
    const state = stateOf(r);
    if (state === 'running') {
      this.routine = pause(r, now);
      this.options.announcer.polite(msg('Paused.', { id: 'routine.say.paused' }));
      return;
    }
    this.chimes.unlock();
    this.routine = state === 'paused' ? resume(r, now) : start(r, now);
    const at = position(this.routine, now)!;
    this.phaseKey = `${this.routine.index}:${at.phaseIndex}`;
    this.options.announcer.polite(phaseAnnouncement(at.phase, at.phaseRemainingMs));
  }

  /** Previous or Skip. False when the stretch had just ended by itself and the screen moved on. */
  move(to: typeof next): boolean {
    const now = this.options.clock().now();
    if (this.sync(now)) return false;
    this.routine = to(this.routine, now);
    this.options.announcer.clear();
    if (this.routine.ended) this.options.emit('spasm-routine-complete', { completed: this.completed });
    return true;
  }

  /** "Stop: this hurts" or "End the routine". */
  end(reason: StopReason): void {
    this.routine = stop(this.routine, this.options.clock().now(), reason);
    this.options.announcer.clear();
    this.options.emit('spasm-routine-stop', { completed: this.completed, reason });
  }

  /**
   * Catches up with the clock: if the stretch on screen has run out, records
   * it and says so. True when it moved on.
   */
  private sync(now: number): boolean {
    const before = this.routine;
    const after = settle(before, now);
    if (after === before) return false;
    this.routine = after;
    const name = stretchOf(before.steps[before.index]!.id).name();
    const { announcer } = this.options;
    if (after.ended) {
      announcer.polite(msg(str`${name} done. That was the last stretch.`, { id: 'routine.say.last-done' }));
      this.options.emit('spasm-routine-complete', { completed: [...after.completed] });
    } else {
      const nextName = stretchOf(after.steps[after.index]!.id).name();
      announcer.polite(msg(str`${name} done. Next: ${nextName}. Press Start when you are ready.`, { id: 'routine.say.done-next' }));
    }
    // It ended on its own: focus follows only if it was in the routine (its Pause button goes), never from the page.
    void this.options.focus.ifInside(this.options.heading);
    return true;
  }
}
