import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Announcer } from '../../core/announcer.js';
import { ChimeController } from '../../core/chime.js';
import type { Clock } from '../../core/clock.js';
import type { SpasmEventName } from '../../core/events.js';
import type { FocusGuard } from '../../core/focus.js';
import { minutes, timeOfDay } from '../../core/format.js';
import { StoredRecord } from '../../core/record.js';
import type { Sound } from '../../core/sound.js';
import type { KeyValueStore } from '../../core/storage.js';
import { Ticker } from '../../core/ticker.js';
import type { TimerDetail } from '../../events.js';
import { endsAt, isPaused, remainingMs, stepsLeft } from '../../logic/countdown.js';
import { onsetFromAnswer, type Treatment } from '../../logic/heat-ice.js';
import {
  acknowledge,
  answer,
  cancel,
  choose,
  confirmSafety,
  initialTimer,
  isTimerData,
  justCompleted,
  justExpired,
  needsSafetyCheck,
  pause,
  resume,
  roundDetail,
  settle,
  start,
  timerState,
  type TimerData,
  type TimerState,
} from '../../logic/heat-ice-timer.js';

const MINUTE = 60_000;
/** Announce the time left on each multiple of this. */
const ANNOUNCE_EVERY = 5 * MINUTE;
/** Vibrate at the end only when we notice it this soon (not on coming back an hour later). */
const VIBRATE_WITHIN = MINUTE;

export type TimerEventName = Extract<SpasmEventName, `spasm-timer-${string}`>;

export interface RoundOptions {
  clock: () => Clock;
  sound: () => Sound;
  /** Where to save; null keeps the timer in memory (kiosk mode, no storage). */
  store: () => KeyValueStore | null;
  key: () => string;
  muted: () => boolean;
  announcer: Announcer;
  focus: FocusGuard;
  /** The host's heading: focus follows it there when a round or a rest ends under the patient's hands. */
  heading: string;
  /** Fires a timer event after the render that shows it. */
  emit: (name: TimerEventName, detail: TimerDetail) => void;
  /** Before each render, once the timer has caught up with the clock: the state to show. */
  settled: (state: TimerState) => void;
}

/**
 * The heat/ice timer's round as it runs, apart from its screens: the saved
 * data (shared with the site's other tabs), the ticking while a round runs,
 * is paused or the skin rests, the end chime booked on the audio clock, and
 * what time alone changes: the round's end, a pause that outlasts the round,
 * the rest running out, the minutes left. Each is said once through the
 * announcer and, where there is one, fired as an event.
 *
 * Before each render it catches up with the clock and hands the host the
 * state to show; the host renders from `data` and `now`. The host's event
 * handlers call the patient's actions here (start, pause, cancel …), which
 * return whether they applied: false when the round had ended by itself since
 * the last repaint, so the press was for a screen that has gone. Add it after
 * the host's Settings, so `muted()` is up to date when it runs.
 */
export class RoundController implements ReactiveController {
  private current: TimerData = initialTimer();
  /** What is in storage (or was read from it), so only a change is written. */
  private saved: TimerData | undefined;
  private loaded: { store: KeyValueStore | null; key: string } | undefined;
  /** How many announcement steps were left at the last repaint of a running round. */
  private mark: number | null = null;
  private last: TimerState = 'idle';
  /** The clock's time at the last render or action: what the screen shows. Read only. */
  now = 0;
  /** A paused round has just ended because the pause outlasted it (until the next round or reset). Read only. */
  expired = false;

  private readonly record: StoredRecord<TimerData>;
  private readonly chime: ChimeController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RoundOptions,
  ) {
    host.addController(this);
    this.record = new StoredRecord<TimerData>(host, {
      store: options.store,
      key: options.key,
      isValid: isTimerData,
      onChange: (value) => this.changedElsewhere(value),
    });
    this.chime = new ChimeController(host, {
      sound: options.sound,
      clock: options.clock,
      wanted: () => {
        const r = this.current.round;
        if (!r || options.muted() || isPaused(r.countdown)) return null;
        return { at: endsAt(r.countdown, this.now), kind: 'end' };
      },
    });
    // Paused too: a pause that outlasts the round ends it.
    new Ticker(host, () => this.last === 'running' || this.last === 'paused' || this.last === 'resting');
    // Browsers start audio only after a gesture: any tap on the timer will do,
    // which also covers a round restored after a reload.
    const unlock = () => this.unlock();
    host.addEventListener('pointerdown', unlock);
    host.addEventListener('keydown', unlock);
  }

  /** The timer as of the last render or action. */
  get data(): TimerData {
    return this.current;
  }

  private set data(value: TimerData) {
    if (value !== this.current) this.host.requestUpdate();
    this.current = value;
  }

  /** A chime is booked but the browser holds sound until the patient taps. */
  get needsGesture(): boolean {
    return this.chime.needsGesture && !this.options.muted();
  }

  /** Lets sound play: call from the patient's tap or key (the actions below call it themselves). */
  unlock(): void {
    if (!this.options.muted()) this.chime.unlock();
  }

  /** Back to the start, forgetting the saved timer and today's log. */
  reset(): void {
    this.record.clear();
    this.data = this.saved = initialTimer();
    this.expired = false;
    this.mark = null;
    this.last = 'idle';
  }

  /**
   * Catches up with the clock before a render: (re)reads the saved timer if
   * the store or key changed, ends what time has ended, saves what changed and
   * says what happened.
   */
  hostUpdate(): void {
    const now = (this.now = this.options.clock().now());
    this.load();
    const before = this.current;
    this.current = settle(before, now);
    if (justCompleted(before, this.current)) this.completed(before.round!.countdown.durationMs);
    else if (justExpired(before, this.current)) this.pauseRanOut(before);
    if (this.current !== this.saved) {
      this.saved = this.current;
      // Refused when another tab saved first: changedElsewhere has put its version on screen.
      this.record.write(this.current);
    }

    const state = timerState(this.current, now);
    if (this.last === 'resting' && state === 'idle') {
      this.options.announcer.polite(msg('You can start the next round now.', { id: 'timer.say.rest-over' }));
      void this.options.focus.ifInside(this.options.heading);
    }
    if (state === 'running') {
      const steps = stepsLeft(remainingMs(this.current.round!.countdown, now), ANNOUNCE_EVERY);
      if (this.mark !== null && steps < this.mark && steps > 0) {
        const left = minutes((steps * ANNOUNCE_EVERY) / MINUTE);
        this.options.announcer.polite(msg(str`${left} left.`, { id: 'timer.say.left' }));
      }
      this.mark = steps;
    }
    this.options.settled((this.last = state));
  }

  /** Starts a round, confirming the day's safety checklist if it was due (the host has seen it ticked). */
  start(mode: Treatment, durationMs: number, restMs: number): boolean {
    this.unlock();
    const now = this.options.clock().now();
    if (needsSafetyCheck(this.current, now)) this.data = confirmSafety(this.current, now);
    const d = this.act((d, t) => start(d, mode, durationMs, restMs, t));
    if (!d?.round) return false;
    this.expired = false;
    this.mark = null;
    const detail = roundDetail(d.round, this.now);
    const ends = timeOfDay(detail.endsAt);
    this.options.announcer.polite(
      mode === 'ice'
        ? msg(str`Ice round started. It ends at ${ends}.`, { id: 'timer.say.start-ice' })
        : msg(str`Heat round started. It ends at ${ends}.`, { id: 'timer.say.start-heat' }),
    );
    this.options.emit('spasm-timer-start', detail);
    return true;
  }

  /** Pauses a running round, or resumes a paused one. */
  pauseOrResume(): boolean {
    const paused = this.last === 'paused';
    if (paused) this.unlock();
    const d = this.act(paused ? resume : pause);
    if (!d?.round) return false;
    const detail = roundDetail(d.round, this.now);
    if (paused) {
      const ends = timeOfDay(detail.endsAt);
      this.options.announcer.polite(msg(str`Resumed. It ends at ${ends}.`, { id: 'timer.say.resume' }));
      this.options.emit('spasm-timer-resume', detail);
    } else {
      this.options.announcer.polite(msg('Paused.', { id: 'timer.say.pause' }));
      this.options.emit('spasm-timer-pause', detail);
    }
    return true;
  }

  /** Stops the round; the rest that must follow it, if any, begins. */
  cancel(): boolean {
    const r = this.current.round;
    if (!r) return false;
    const d = this.act(cancel);
    if (!d) return false;
    const next = timerState(d, this.now) === 'resting' ? timeOfDay(d.ended!.restUntil) : null;
    this.options.announcer.polite(
      next
        ? msg(str`Round stopped. Next round from ${next}.`, { id: 'timer.say.cancel-rest' })
        : msg('Round stopped.', { id: 'timer.say.cancel' }),
    );
    this.options.emit('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: this.now });
    return true;
  }

  /** "The pack is off": the rest begins. */
  acknowledge(): void {
    this.act(acknowledge);
    this.options.announcer.clear();
  }

  /** The patient's answer to "When did the pain start?" in hours ago; null asks again. */
  answer(hoursAgo: number | null): void {
    this.act((d, now) => answer(d, hoursAgo === null ? null : onsetFromAnswer(hoursAgo, now)));
  }

  /** The patient's pick of ice or heat for the next round. */
  choose(pick: Treatment): void {
    this.data = choose(this.current, pick);
  }

  /**
   * Runs a change made by the patient, at the clock's time now; null when the
   * round had ended by itself since the last repaint (time up, or a pause
   * that ran too long).
   */
  private act(change: (d: TimerData, now: number) => TimerData): TimerData | null {
    this.now = this.options.clock().now();
    const before = this.current;
    const settled = settle(before, this.now);
    if (justCompleted(before, settled) || justExpired(before, settled)) {
      this.data = settled;
      if (justCompleted(before, settled)) this.completed(before.round!.countdown.durationMs);
      else this.pauseRanOut(before);
      return null;
    }
    this.data = change(settled, this.now);
    return this.current;
  }

  /** The round's time is up: it was noticed now (perhaps on coming back to the page). */
  private completed(durationMs: number): void {
    const ended = this.current.ended!;
    const { announcer, focus, heading } = this.options;
    // Said once: by the heading when focus moves to it, else by the live region
    // (focus already on the heading does not move, so nothing would say it).
    const focusing = this.host.matches(':focus-within') && !this.host.shadowRoot?.activeElement?.matches(heading);
    if (focusing) announcer.clear();
    else announcer.assertive(msg("Time's up: take the pack off.", { id: 'timer.say.done' }));
    if (!this.options.muted() && this.now - ended.at < VIBRATE_WITHIN) this.options.sound().vibrate();
    void focus.ifInside(heading);
    this.options.emit('spasm-timer-complete', { mode: ended.mode, durationMs, endsAt: ended.at });
  }

  /** A pause outlasted its round, which ends as if cancelled when the pause began. */
  private pauseRanOut(before: TimerData): void {
    const r = before.round!;
    this.expired = true;
    this.options.announcer.polite(msg('The pause was longer than the round, so the round has ended.', { id: 'timer.say.pause-ended' }));
    void this.options.focus.ifInside(this.options.heading);
    this.options.emit('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: r.countdown.pausedAt! + r.countdown.durationMs });
  }

  /** Another tab changed the saved timer (say, cancelled the round): show its version, and never write over it. */
  private changedElsewhere(value: TimerData | undefined): void {
    const had = this.current.round;
    this.data = this.saved = value ?? initialTimer();
    if (had && !this.current.round) this.options.announcer.polite(msg('Round stopped.', { id: 'timer.say.cancel' }));
  }

  /** (Re)reads the saved timer when the store or key changes (first render, new storage-key, kiosk on). */
  private load(): void {
    const store = this.options.store();
    const key = this.options.key();
    if (this.loaded?.store === store && this.loaded.key === key) return;
    this.loaded = { store, key };
    const saved = this.record.read();
    // Nothing saved there: keep what is on screen, and save it at the next change.
    if (saved) this.current = saved;
    this.saved = saved ?? this.current;
    this.mark = null;
  }
}
