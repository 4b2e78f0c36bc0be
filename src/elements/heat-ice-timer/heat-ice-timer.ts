import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { flag, headingLevel, numberInRange, oneOf, pastTime } from '../../core/attributes.js';
import { ChimeController } from '../../core/chime.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { minutes, timeOfDay } from '../../core/format.js';
import { Announcer } from '../../core/announcer.js';
import { StoredRecord } from '../../core/record.js';
import { Settings } from '../../core/settings.js';
import { webSound, type Sound } from '../../core/sound.js';
import { browserStorage, STORAGE_PREFIX, type KeyValueStore } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { Ticker } from '../../core/ticker.js';
import { ICE_HOURS, REST_MINUTES, ROUND_MINUTES, SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import { endsAt, isPaused, remainingMs, stepsLeft } from '../../logic/countdown.js';
import { advise, afterSwelling, asksAboutSwelling, onsetFromAnswer, type Advice, type SwellingAnswer, type Treatment } from '../../logic/heat-ice.js';
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
import { warningSigns, warningSignsStyles } from '../shared/warning-signs.js';
import {
  adviceBox,
  doneScreen,
  onsetQuestion,
  restScreen,
  roundLog,
  roundScreen,
  safetyChecks,
  startBlock,
  stepTitle,
  swellingAnswer,
  swellingQuestion,
  treatmentSwitch,
} from './screens.js';
import { styles } from './styles.js';

const MINUTE = 60_000;
/** Announce the time left on each multiple of this. */
const ANNOUNCE_EVERY = 5 * MINUTE;
/** Vibrate at the end only when we notice it this soon (not on coming back an hour later). */
const VIBRATE_WITHIN = MINUTE;

const modes = oneOf(['auto', 'ice', 'heat'] as const, 'auto');
const iceHoursRange = numberInRange(ICE_HOURS.min, ICE_HOURS.max, ICE_HOURS.default);
const minutesRange = numberInRange(ROUND_MINUTES.min, ROUND_MINUTES.max, ROUND_MINUTES.default);
const restRange = numberInRange(REST_MINUTES.min, REST_MINUTES.max, REST_MINUTES.default);

/**
 * A heat/ice session timer: suggests ice or heat from the time since the pain
 * began, times 10–20 minute rounds that end with a clear screen, a chime and a
 * vibration, holds a rest before the next round, and keeps today's log. A
 * running timer survives a reload or a closed tab.
 *
 * @tagname heat-ice-timer
 * @fires spasm-timer-start - A round started. detail: `{ mode: 'ice' | 'heat', durationMs, endsAt }` (`endsAt` is a clock time in ms).
 * @fires spasm-timer-pause - The round was paused. detail as above; `endsAt` is when it would end if resumed at once.
 * @fires spasm-timer-resume - The round goes on. detail as above, with the new `endsAt`.
 * @fires spasm-timer-complete - The round's time is up (also when a reload finds it ended while away). detail as above; `endsAt` is when it ended.
 * @fires spasm-timer-cancel - The patient cancelled the round, or a pause outlasted it (the round ends once a pause is longer than the round itself). detail as above; `endsAt` is when it was cancelled, or when the pause reached the round's length.
 * @csspart heading - The heading, which names the current step.
 * @csspart onset-question - The "When did the pain start?" question.
 * @csspart advice - Why ice or heat is suggested.
 * @csspart switch - The ice / heat choice.
 * @csspart swelling - "Is the sore area swollen?", asked when heat is picked while ice is still usual.
 * @csspart safety - The safety checklist before the first round of the day.
 * @csspart tips - Skin tips under the checklist (children and older people, pregnancy).
 * @csspart start-button - The Start button.
 * @csspart dial - The progress ring with the time left.
 * @csspart time - The m:ss time left.
 * @csspart pause-button - The Pause / Resume button.
 * @csspart cancel-button - The Cancel button.
 * @csspart sound-button - "Tap to turn the sound back on", shown while a round runs and the browser holds its sound until a tap (after a reload).
 * @csspart done-button - The "The pack is off" button on the time's-up screen.
 * @csspart skin-warning - On the time's-up screen: which skin changes mean stop.
 * @csspart warning-signs - The "When to get emergency help" disclosure under every step.
 * @csspart signs - The emergency signs inside it.
 * @csspart cta - The emergency call to action inside it.
 * @csspart call - Its `tel:` link (not in kiosk mode).
 * @csspart log - Today's rounds.
 * @cssprop [--spasm-color-ice=#1565c0] - The ring and marks for ice.
 * @cssprop [--spasm-color-heat=#b93a0b] - The ring and marks for heat.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons and the time's-up screen.
 * @cssprop [--spasm-color-on-primary=#ffffff] - Text on the time's-up screen.
 * @cssprop [--spasm-color-text=#1b1f24] - Text.
 * @cssprop [--spasm-color-muted=#4a5360] - Secondary text and the rest ring.
 * @cssprop [--spasm-color-subtle=#eef2f6] - Panels and the ring's track.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=medium] - Base text size: the browser's default (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class HeatIceTimer extends SpasmElement {
  static override styles = [theme, warningSignsStyles, styles];

  static override properties = {
    mode: { reflect: true },
    onset: {},
    iceHours: { attribute: 'ice-hours' },
    minutes: {},
    restMinutes: { attribute: 'rest-minutes' },
    muted: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    headingLevel: { attribute: 'heading-level' },
    emergencyNumber: { attribute: 'emergency-number' },
    state: { reflect: true },
    treatment: { reflect: true },
    clock: { attribute: false },
    sound: { attribute: false },
    storage: { attribute: false },
    data: { state: true, attribute: false },
    ticked: { state: true, attribute: false },
    checkError: { state: true, attribute: false },
    swelling: { state: true, attribute: false },
    expired: { state: true, attribute: false },
  };

  /** `auto` (default): ice or heat from the onset; `ice` or `heat`: the clinic's choice. The patient can always switch. */
  mode = 'auto';

  /** When the pain began: an ISO 8601 date or date-time in the past. Without it the patient is asked. */
  onset: string | null = null;

  /** Ice while fewer than this many hours have passed since the onset, 24–72 (a number or its text). Default `48`. */
  iceHours: number | string = '48';

  /** Length of a round in minutes, 10–20 (a number or its text). Default `15`. */
  minutes: number | string = '15';

  /** Minutes of rest after a round before the next may start, 60–180 (at least an hour, CONTENT.md §11). Default `60`. */
  restMinutes: number | string = '60';

  /** No chime and no vibration at the end (a boolean, or "true"/"false"). Default `false`. */
  muted: boolean | string = false;

  /** Where the timer is saved, under `spasm-widgets:heat-ice-timer:<key>`. Default: `#` + the element's id, else the page path. */
  storageKey: string | null = null;

  /** The heading's level for assistive technology, 1–6 (a number or its text). Default `2`. */
  headingLevel: number | string = '2';

  /** The number in the emergency call to action: digits, +, spaces and dashes. Default `911`. */
  emergencyNumber: string | number = '911';

  /** Reflected (don't set it): `idle`, `running`, `paused`, `done` or `resting`. */
  state: TimerState = 'idle';

  /** Reflected (don't set it): `ice` or `heat`, the current or next round; absent while unknown. */
  treatment: Treatment | undefined = undefined;

  /**
   * Where time comes from (tests pass a fake). The default follows the
   * monotonic clock while the page lives, so setting the device's clock back
   * or forward mid-round neither stretches nor shortens it.
   */
  clock: Clock = steadyClock;

  /** What sounds and vibrates (tests pass a fake). */
  sound: Sound = webSound;

  /** Where the timer is saved; null keeps it in memory. Default: localStorage. Kiosk mode never saves. */
  storage: KeyValueStore | null = browserStorage();

  private data: TimerData = initialTimer();
  private ticked: readonly SafetyCheckId[] = [];
  private checkError = false;
  /** The swelling question: on screen (`asking`), or the patient's answer this visit. */
  private swelling: 'asking' | SwellingAnswer | null = null;
  /** A paused round has just ended because the pause outlasted it. */
  private expired = false;

  private now = 0;
  /** What is in storage (or was read from it), so only a change is written. */
  private saved: TimerData | undefined;
  private loaded: { store: KeyValueStore | null; key: string } | undefined;
  private mark: number | null = null;
  private lastState: TimerState = 'idle';

  private readonly settings = new Settings(this, {
    mode: { attribute: 'mode', raw: () => this.mode, parse: modes },
    onset: { attribute: 'onset', raw: () => this.onset, parse: (raw) => pastTime(this.clock.now())(raw) },
    iceHours: { attribute: 'ice-hours', raw: () => this.iceHours, parse: iceHoursRange },
    minutes: { attribute: 'minutes', raw: () => this.minutes, parse: minutesRange },
    rest: { attribute: 'rest-minutes', raw: () => this.restMinutes, parse: restRange },
    muted: { attribute: 'muted', raw: () => this.muted, parse: flag(false) },
    level: { attribute: 'heading-level', raw: () => this.headingLevel, parse: headingLevel },
    number: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
  });
  private readonly record = new StoredRecord<TimerData>(this, {
    store: () => (this.kiosk ? null : this.storage),
    key: () => this.wantedKey(),
    isValid: isTimerData,
    onChange: (value) => this.changedElsewhere(value),
  });
  private readonly chime = new ChimeController(this, {
    sound: () => this.sound,
    clock: () => this.clock,
    wanted: () => {
      const r = this.data.round;
      if (!r || this.settings.values.muted || isPaused(r.countdown)) return null;
      return { at: endsAt(r.countdown, this.now), kind: 'end' };
    },
  });
  private readonly announcer = new Announcer(this);
  private readonly focusGuard = new FocusGuard(this);

  constructor() {
    super();
    // Paused too: a pause that outlasts the round ends it.
    new Ticker(this, () => this.state === 'running' || this.state === 'paused' || this.state === 'resting');
    // Browsers start audio only after a gesture: any tap on the timer will do,
    // which also covers a round restored after a reload.
    const unlock = () => this.unlock();
    this.addEventListener('pointerdown', unlock);
    this.addEventListener('keydown', unlock);
  }

  private unlock(): void {
    if (!this.settings.values.muted) this.chime.unlock();
  }

  /** Back to the start, forgetting this timer's saved state and today's log. */
  reset(): void {
    this.record.clear();
    this.data = this.saved = initialTimer();
    this.ticked = [];
    this.checkError = false;
    this.swelling = null;
    this.expired = false;
    this.announcer.clear();
    this.mark = null;
    this.lastState = 'idle';
  }

  private advice(): Advice {
    const c = this.settings.values;
    return advise({ mode: c.mode, onset: c.onset, answered: this.data.answered, chosen: this.data.chosen, iceHours: c.iceHours, now: this.now });
  }

  /** Another tab changed the saved timer (say, cancelled the round): show its version, and never write over it. */
  private changedElsewhere(value: TimerData | undefined): void {
    const had = this.data.round;
    this.data = this.saved = value ?? initialTimer();
    if (had && !this.data.round) this.announcer.polite(msg('Round stopped.', { id: 'timer.say.cancel' }));
  }

  /** (Re)reads the saved timer when the store or key changes (first render, new storage-key, kiosk on). */
  private load(): void {
    const store = this.kiosk ? null : this.storage;
    const key = this.wantedKey();
    if (this.loaded?.store === store && this.loaded.key === key) return;
    this.loaded = { store, key };
    const saved = this.record.read();
    // Nothing saved there: keep what is on screen, and save it at the next change.
    if (saved) this.data = saved;
    this.saved = saved ?? this.data;
    this.mark = null;
  }

  private wantedKey(): string {
    return `${STORAGE_PREFIX}heat-ice-timer:${this.storageKey?.trim() || (this.id ? `#${this.id}` : location.pathname)}`;
  }

  override willUpdate(): void {
    this.settings.refresh();
    const now = (this.now = this.clock.now());
    this.load();
    const before = this.data;
    this.data = settle(before, now);
    if (justCompleted(before, this.data)) this.completed(before.round!.countdown.durationMs);
    else if (justExpired(before, this.data)) this.pauseRanOut(before);
    if (this.data !== this.saved) {
      this.saved = this.data;
      // Refused when another tab saved first: changedElsewhere has put its version on screen.
      this.record.write(this.data);
    }

    const state = timerState(this.data, now);
    if (this.lastState === 'resting' && state === 'idle') {
      this.announcer.polite(msg('You can start the next round now.', { id: 'timer.say.rest-over' }));
      void this.focusGuard.ifInside('.title');
    }
    if (state === 'running') {
      const steps = stepsLeft(remainingMs(this.data.round!.countdown, now), ANNOUNCE_EVERY);
      if (this.mark !== null && steps < this.mark && steps > 0) {
        const left = minutes((steps * ANNOUNCE_EVERY) / MINUTE);
        this.announcer.polite(msg(str`${left} left.`, { id: 'timer.say.left' }));
      }
      this.mark = steps;
    }
    this.state = this.lastState = state;
    const r = this.data.round;
    this.treatment = r?.mode ?? (state === 'done' ? this.data.ended!.mode : (this.advice().treatment ?? undefined));
  }

  /** The round's time is up: it was noticed now (perhaps on coming back to the page). */
  private completed(durationMs: number): void {
    const ended = this.data.ended!;
    // Said once: by the heading when focus moves to it, else by the live region
    // (focus already on the heading does not move, so nothing would say it).
    const focusing = this.matches(':focus-within') && !this.shadowRoot?.activeElement?.matches('.title');
    if (focusing) this.announcer.clear();
    else this.announcer.assertive(msg("Time's up: take the pack off.", { id: 'timer.say.done' }));
    if (!this.settings.values.muted && this.now - ended.at < VIBRATE_WITHIN) this.sound.vibrate();
    void this.focusGuard.ifInside('.title');
    void this.emitAfterRender('spasm-timer-complete', { mode: ended.mode, durationMs, endsAt: ended.at });
  }

  /** A pause outlasted its round, which ends as if cancelled when the pause began. */
  private pauseRanOut(before: TimerData): void {
    const r = before.round!;
    this.expired = true;
    this.announcer.polite(msg('The pause was longer than the round, so the round has ended.', { id: 'timer.say.pause-ended' }));
    void this.focusGuard.ifInside('.title');
    void this.emitAfterRender('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: r.countdown.pausedAt! + r.countdown.durationMs });
  }

  /**
   * Runs a change made by the patient, at the clock's time now; null when the
   * round had ended by itself since the last repaint (time up, or a pause
   * that ran too long): the press was for a screen that has gone.
   */
  private act(change: (d: TimerData, now: number) => TimerData): TimerData | null {
    this.now = this.clock.now();
    const before = this.data;
    const settled = settle(before, this.now);
    if (justCompleted(before, settled) || justExpired(before, settled)) {
      this.data = settled;
      if (justCompleted(before, settled)) this.completed(before.round!.countdown.durationMs);
      else this.pauseRanOut(before);
      return null;
    }
    this.data = change(settled, this.now);
    return this.data;
  }

  private onStart(mode: Treatment): void {
    const now = this.clock.now();
    if (needsSafetyCheck(this.data, now)) {
      const missing = SAFETY_CHECKS.findIndex((c) => !this.ticked.includes(c.id));
      if (missing >= 0) {
        this.checkError = true;
        void this.focusGuard.afterAction(`label.check:nth-of-type(${missing + 1}) input`);
        return;
      }
      this.data = confirmSafety(this.data, now);
    }
    const c = this.settings.values;
    this.unlock();
    const d = this.act((d, t) => start(d, mode, c.minutes * MINUTE, c.rest * MINUTE, t));
    if (!d?.round) return;
    this.checkError = false;
    this.expired = false;
    this.mark = null;
    const detail = roundDetail(d.round, this.now);
    const ends = timeOfDay(detail.endsAt);
    this.announcer.polite(
      mode === 'ice'
        ? msg(str`Ice round started. It ends at ${ends}.`, { id: 'timer.say.start-ice' })
        : msg(str`Heat round started. It ends at ${ends}.`, { id: 'timer.say.start-heat' }),
    );
    void this.emitAfterRender('spasm-timer-start', detail);
    void this.focusGuard.afterAction('.title');
  }

  private onPauseResume(): void {
    const paused = this.state === 'paused';
    if (paused) this.unlock();
    const d = this.act(paused ? resume : pause);
    if (!d?.round) return;
    const detail = roundDetail(d.round, this.now);
    const ends = timeOfDay(detail.endsAt);
    if (paused) {
      this.announcer.polite(msg(str`Resumed. It ends at ${ends}.`, { id: 'timer.say.resume' }));
      void this.emitAfterRender('spasm-timer-resume', detail);
    } else {
      this.announcer.polite(msg('Paused.', { id: 'timer.say.pause' }));
      void this.emitAfterRender('spasm-timer-pause', detail);
    }
  }

  private onCancel(): void {
    const r = this.data.round;
    if (!r) return;
    const d = this.act(cancel);
    if (!d) return;
    const next = timerState(d, this.now) === 'resting' ? timeOfDay(d.ended!.restUntil) : null;
    this.announcer.polite(
      next
        ? msg(str`Round stopped. Next round from ${next}.`, { id: 'timer.say.cancel-rest' })
        : msg('Round stopped.', { id: 'timer.say.cancel' }),
    );
    void this.emitAfterRender('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: this.now });
    void this.focusGuard.afterAction('.title');
  }

  private onAcknowledge(): void {
    this.act(acknowledge);
    this.announcer.clear();
    void this.focusGuard.afterAction('.title');
  }

  private onAnswer(hoursAgo: number | null): void {
    this.swelling = null;
    this.act((d, now) => answer(d, hoursAgo === null ? null : onsetFromAnswer(hoursAgo, now)));
    void this.focusGuard.afterAction('.title');
  }

  /** After a reload the browser holds sound until a tap: ask for it, with a real button. */
  private renderSoundBack() {
    if (!this.chime.needsGesture || this.settings.values.muted) return nothing;
    return html`<button type="button" class="wide" part="sound-button" @click=${() => this.chime.unlock()}>
      ${msg('Tap to turn the sound back on', { id: 'timer.sound-back' })}
    </button>`;
  }

  override render() {
    const { level, number } = this.settings.values;
    const state = this.state;
    return html`
      <div class="title" role="heading" aria-level=${level} tabindex="-1" part="heading">${stepTitle(state, this.treatment)}</div>
      ${state === 'running' || state === 'paused'
        ? roundScreen(this.data.round!, this.now, {
            paused: state === 'paused',
            soundBack: this.renderSoundBack(),
            onPauseResume: () => this.onPauseResume(),
            onCancel: () => this.onCancel(),
          })
        : state === 'done'
          ? doneScreen(this.data.ended!, this.now, () => this.onAcknowledge())
          : state === 'resting'
            ? restScreen(this.data.ended!, this.now)
            : this.renderIdle()}
      ${roundLog(this.data.log, Math.min(6, level + 1))}
      <details class="warning" part="warning-signs">
        <summary>${msg('When to get emergency help', { id: 'timer.signs' })}</summary>
        ${warningSigns({ number, kiosk: this.kiosk })}
      </details>
      <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
      ${this.announcer.render()}
    `;
  }

  private renderIdle() {
    const advice = this.advice();
    if (!advice.treatment) return onsetQuestion((hours) => this.onAnswer(hours));
    const mode = advice.treatment;
    const c = this.settings.values;
    const asking = this.swelling === 'asking';
    return html`
      ${this.expired ? html`<p class="notice">${msg('Your paused round ended: the pause was longer than the round.', { id: 'timer.pause-ended' })}</p>` : nothing}
      ${adviceBox(advice, c.iceHours, () => this.onAnswer(null))}
      ${treatmentSwitch(asking ? 'heat' : mode, (t) => this.onPick(t))}
      ${asking
        ? swellingQuestion((a) => this.onSwelling(a))
        : this.swelling === 'yes' || this.swelling === 'not-sure'
          ? swellingAnswer(this.swelling, mode)
          : nothing}
      ${asking
        ? nothing
        : startBlock(mode, c.minutes, c.rest, {
            checks: needsSafetyCheck(this.data, this.now)
              ? safetyChecks(this.ticked, this.checkError, (id, on) => this.onTick(id, on))
              : nothing,
            onStart: () => this.onStart(mode),
          })}
    `;
  }

  /** Heat picked while ice is still usual: ask about swelling first (CONTENT.md §11). */
  private onPick(pick: Treatment): void {
    const c = this.settings.values;
    const onset = c.onset ?? this.data.answered;
    if (asksAboutSwelling(pick, onset, this.clock.now(), c.iceHours) && this.swelling !== 'no') {
      this.swelling = 'asking';
      void this.focusGuard.afterAction('[part=swelling] button');
      return;
    }
    if (pick === 'ice' && this.swelling === 'asking') this.swelling = null;
    this.data = choose(this.data, pick);
  }

  private onTick(id: SafetyCheckId, on: boolean): void {
    this.ticked = on ? [...this.ticked, id] : this.ticked.filter((t) => t !== id);
    if (SAFETY_CHECKS.every((c) => this.ticked.includes(c.id))) this.checkError = false;
  }

  private onSwelling(answer: SwellingAnswer): void {
    this.swelling = answer;
    this.data = choose(this.data, afterSwelling(answer));
    void this.focusGuard.afterAction(answer === 'no' ? '[part=start-button]' : '.swelling-answer');
  }
}

define('heat-ice-timer', HeatIceTimer);

declare global {
  interface HTMLElementTagNameMap {
    'heat-ice-timer': HeatIceTimer;
  }
}
