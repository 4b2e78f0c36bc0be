import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { headingLevel, numberInRange, oneOf, pastTime } from '../../core/attributes.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { dayAndTime, days, hours, minutes, timeOfDay } from '../../core/format.js';
import { webSound, type Chime, type Sound } from '../../core/sound.js';
import { browserStorage } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { Ticker } from '../../core/ticker.js';
import { ICE_HOURS, ONSET_ANSWERS, REST_MINUTES, ROUND_MINUTES, SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import { sameLocalDay, systemClock, type Clock } from '../../logic/clock.js';
import { formatMinSec, isFinished, isPaused, progress, remainingMs, stepsLeft } from '../../logic/countdown.js';
import {
  advise,
  afterSwelling,
  asksAboutSwelling,
  onsetFromAnswer,
  type Advice,
  type SwellingAnswer,
  type Treatment,
} from '../../logic/heat-ice.js';
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
import { SafeRecord } from '../../core/record.js';
import { STORAGE_PREFIX, type KeyValueStore } from '../../core/storage.js';
import { warningSigns, warningSignsStyles } from '../shared/warning-signs.js';
import { safetyChecks, swellingAnswer, swellingQuestion } from './screens.js';
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

/** Attribute values may arrive as properties of any type; parsers read text. */
const text = (v: unknown): string | null => (v == null ? null : String(v));

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
    polite: { state: true, attribute: false },
    assertive: { state: true, attribute: false },
  };

  /** `auto` (default): ice or heat from the onset; `ice` or `heat`: the clinic's choice. The patient can always switch. */
  mode = 'auto';

  /** When the pain began: an ISO 8601 date or date-time in the past. Without it the patient is asked. */
  onset: string | null = null;

  /** Ice while fewer than this many hours have passed since the onset, 24–72. Default `48`. */
  iceHours = '48';

  /** Length of a round in minutes, 10–20. Default `15`. */
  minutes = '15';

  /** Minutes of rest after a round before the next may start, 60–180 (at least an hour, CONTENT.md §11). Default `60`. */
  restMinutes = '60';

  /** No chime and no vibration at the end. */
  muted = false;

  /** Where the timer is saved, under `spasm-widgets:heat-ice-timer:<key>`. Default: `#` + the element's id, else the page path. */
  storageKey: string | null = null;

  /** The heading's level for assistive technology, 1–6. Default `2`. */
  headingLevel = '2';

  /** The number in the emergency call to action: digits, +, spaces and dashes. Default `911`. */
  emergencyNumber = '911';

  /** Reflected (don't set it): `idle`, `running`, `paused`, `done` or `resting`. */
  state: TimerState = 'idle';

  /** Reflected (don't set it): `ice` or `heat`, the current or next round; absent while unknown. */
  treatment: Treatment | undefined = undefined;

  /** Where time comes from (tests pass a fake). */
  clock: Clock = systemClock;

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
  private polite = '';
  private assertive = '';

  private now = 0;
  private record: SafeRecord<TimerData> | undefined;
  private recordStore: KeyValueStore | null = null;
  private saved: TimerData | undefined;
  private chime: Chime | null = null;
  private needsBooking = false;
  private mark: number | null = null;
  private lastState: TimerState = 'idle';

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
    if (!this.muted) this.sound.unlock();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.needsBooking = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.chime?.cancel();
    this.chime = null;
  }

  /** Back to the start, forgetting this timer's saved state and today's log. */
  reset(): void {
    this.chime?.cancel();
    this.chime = null;
    this.record?.clear();
    this.data = this.saved = initialTimer();
    this.ticked = [];
    this.checkError = false;
    this.swelling = null;
    this.expired = false;
    this.polite = this.assertive = '';
    this.mark = null;
    this.lastState = 'idle';
  }

  private get config() {
    return {
      mode: this.attr('mode', text(this.mode), modes),
      onset: this.attr('onset', text(this.onset), pastTime(this.now)),
      iceHours: this.attr('ice-hours', text(this.iceHours), iceHoursRange),
      minutes: this.attr('minutes', text(this.minutes), minutesRange),
      rest: this.attr('rest-minutes', text(this.restMinutes), restRange),
    };
  }

  private advice(): Advice {
    const c = this.config;
    return advise({
      mode: c.mode,
      onset: c.onset,
      answered: this.data.answered,
      chosen: this.data.chosen,
      iceHours: c.iceHours,
      now: this.now,
    });
  }

  /** (Re)reads the saved timer when the store or key changes (first render, new storage-key, kiosk on). */
  private load(): void {
    const store = this.kiosk ? null : this.storage;
    const own = this.storageKey?.trim() || (this.id ? `#${this.id}` : location.pathname);
    const key = `${STORAGE_PREFIX}heat-ice-timer:${own}`;
    if (this.record && this.recordStore === store && this.record.key === key) return;
    this.record = new SafeRecord<TimerData>(store, key, (m) => console.warn(`<${this.localName}> ${m}.`));
    this.recordStore = store;
    const saved = this.record.read(isTimerData);
    // Nothing saved there: keep what is on screen, and save it at the next change.
    if (saved) this.data = saved;
    this.saved = saved ?? this.data;
    this.mark = null;
    this.needsBooking = true;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const now = (this.now = this.clock.now());
    this.load();
    const before = this.data;
    this.data = settle(before, now);
    const state = timerState(this.data, now);

    if (justCompleted(before, this.data)) this.completed(before.round!.countdown.durationMs);
    else if (justExpired(before, this.data)) this.pauseRanOut(before);
    else if (this.lastState === 'resting' && state === 'idle') {
      this.say(msg('You can start the next round now.', { id: 'timer.say.rest-over' }));
      this.focusTitleIfInside();
    }
    if (state === 'running') {
      const steps = stepsLeft(remainingMs(this.data.round!.countdown, now), ANNOUNCE_EVERY);
      if (this.mark !== null && steps < this.mark && steps > 0) {
        const left = minutes((steps * ANNOUNCE_EVERY) / MINUTE);
        this.say(msg(str`${left} left.`, { id: 'timer.say.left' }));
      }
      this.mark = steps;
    }
    if (this.needsBooking || changed.has('muted')) {
      this.needsBooking = false;
      this.book();
    }

    this.state = this.lastState = state;
    const r = this.data.round;
    this.treatment = r?.mode ?? (state === 'done' ? this.data.ended!.mode : (this.advice().treatment ?? undefined));

    if (this.data !== this.saved) {
      this.record!.write(this.data);
      this.saved = this.data;
    }
  }

  /** The round's time is up: it was noticed now (perhaps on coming back to the page). */
  private completed(durationMs: number): void {
    const ended = this.data.ended!;
    this.polite = '';
    // Said once: by the heading when focus moves to it, else by the live region
    // (focus already on the heading does not move, so nothing would say it).
    const focusing = this.matches(':focus-within') && !this.shadowRoot?.activeElement?.matches('.title');
    this.assertive = focusing ? '' : msg("Time's up: take the pack off.", { id: 'timer.say.done' });
    if (!this.muted && this.now - ended.at < VIBRATE_WITHIN) this.sound.vibrate();
    this.chime = null;
    this.focusTitleIfInside();
    this.emit('spasm-timer-complete', { mode: ended.mode, durationMs, endsAt: ended.at });
  }

  /** A pause outlasted its round, which ends as if cancelled when the pause began. */
  private pauseRanOut(before: TimerData): void {
    const r = before.round!;
    this.expired = true;
    this.say(msg('The pause was longer than the round, so the round has ended.', { id: 'timer.say.pause-ended' }));
    this.focusTitleIfInside();
    this.emit('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: r.countdown.pausedAt! + r.countdown.durationMs });
  }

  /** Books the end chime for the running round (and cancels any other). */
  private book(): void {
    this.chime?.cancel();
    this.chime = null;
    const r = this.data.round;
    if (!r || this.muted || isPaused(r.countdown) || isFinished(r.countdown, this.now)) return;
    this.chime = this.sound.schedule(remainingMs(r.countdown, this.now), 'end');
  }

  /** Polite announcement (no two in a row are the same words, so each one is a change). */
  private say(words: string): void {
    this.polite = words;
  }

  /** A step changed under the patient's hands: take focus to its heading, but never steal it from the page. */
  private focusTitleIfInside(): void {
    if (this.matches(':focus-within')) void this.focusAfterRender('.title');
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
        void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLInputElement>('.check input')[missing]?.focus());
        return;
      }
      this.data = confirmSafety(this.data, now);
    }
    const c = this.config;
    this.unlock();
    const d = this.act((d, t) => start(d, mode, c.minutes * MINUTE, c.rest * MINUTE, t));
    if (!d?.round) return;
    this.checkError = false;
    this.expired = false;
    this.assertive = '';
    this.mark = null;
    this.book();
    const detail = roundDetail(d.round, this.now);
    const ends = timeOfDay(detail.endsAt);
    this.say(
      mode === 'ice'
        ? msg(str`Ice round started. It ends at ${ends}.`, { id: 'timer.say.start-ice' })
        : msg(str`Heat round started. It ends at ${ends}.`, { id: 'timer.say.start-heat' }),
    );
    this.emit('spasm-timer-start', detail);
    void this.focusAfterRender('.title');
  }

  private onPauseResume(): void {
    const paused = this.state === 'paused';
    if (paused) this.unlock();
    const d = this.act(paused ? resume : pause);
    if (!d?.round) return;
    this.book();
    const detail = roundDetail(d.round, this.now);
    const ends = timeOfDay(detail.endsAt);
    if (paused) {
      this.say(msg(str`Resumed. It ends at ${ends}.`, { id: 'timer.say.resume' }));
      this.emit('spasm-timer-resume', detail);
    } else {
      this.say(msg('Paused.', { id: 'timer.say.pause' }));
      this.emit('spasm-timer-pause', detail);
    }
  }

  private onCancel(): void {
    const r = this.data.round;
    if (!r) return;
    const d = this.act(cancel);
    if (!d) return;
    this.book();
    const next = timerState(d, this.now) === 'resting' ? timeOfDay(d.ended!.restUntil) : null;
    this.say(
      next
        ? msg(str`Round stopped. Next round from ${next}.`, { id: 'timer.say.cancel-rest' })
        : msg('Round stopped.', { id: 'timer.say.cancel' }),
    );
    this.emit('spasm-timer-cancel', { mode: r.mode, durationMs: r.countdown.durationMs, endsAt: this.now });
    void this.focusAfterRender('.title');
  }

  private onAcknowledge(): void {
    this.act(acknowledge);
    this.assertive = '';
    void this.focusAfterRender('.title');
  }

  private onAnswer(hoursAgo: number | null): void {
    this.swelling = null;
    this.act((d, now) => answer(d, hoursAgo === null ? null : onsetFromAnswer(hoursAgo, now)));
    void this.focusAfterRender('.title');
  }

  private stepTitle(state: TimerState, mode: Treatment | undefined): string {
    switch (state) {
      case 'running':
        return mode === 'heat' ? msg('Heat round', { id: 'timer.title.heat' }) : msg('Ice round', { id: 'timer.title.ice' });
      case 'paused':
        return mode === 'heat'
          ? msg('Heat round paused', { id: 'timer.title.heat-paused' })
          : msg('Ice round paused', { id: 'timer.title.ice-paused' });
      case 'done':
        return msg("Time's up: take the pack off", { id: 'timer.title.done' });
      case 'resting':
        return msg('Rest your skin', { id: 'timer.title.resting' });
      default:
        return msg('Ice or heat', { id: 'timer.title.idle' });
    }
  }

  override render() {
    const level = this.attr('heading-level', text(this.headingLevel), headingLevel);
    const state = this.state;
    return html`
      <div class="title" role="heading" aria-level=${level} tabindex="-1" part="heading">
        ${this.stepTitle(state, this.treatment)}
      </div>
      ${state === 'running' || state === 'paused'
        ? this.renderRound()
        : state === 'done'
          ? this.renderDone()
          : state === 'resting'
            ? this.renderRest()
            : this.renderIdle()}
      ${this.renderLog(Math.min(6, level + 1))}
      ${this.renderSigns()}
      <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
      <div class="visually-hidden" aria-live="polite">${this.polite}</div>
      <div class="visually-hidden" aria-live="assertive">${this.assertive}</div>
    `;
  }

  /** Every emergency sign (CONTENT.md §6) and what to do, behind a disclosure under each step. */
  private renderSigns() {
    const number = this.attr('emergency-number', text(this.emergencyNumber), emergencyNumber);
    return html`
      <details class="warning" part="warning-signs">
        <summary>${msg('When to get emergency help', { id: 'timer.signs' })}</summary>
        ${warningSigns({ number, kiosk: this.kiosk })}
      </details>
    `;
  }

  private renderIdle() {
    const advice = this.advice();
    if (!advice.treatment) {
      return html`
        <fieldset class="ask" part="onset-question">
          <legend>${msg('When did the pain start?', { id: 'timer.onset.question' })}</legend>
          <div class="answers">
            ${ONSET_ANSWERS.map((a) => html`<button type="button" @click=${() => this.onAnswer(a.hours)}>${a.text()}</button>`)}
          </div>
        </fieldset>
      `;
    }
    const mode = advice.treatment;
    const c = this.config;
    const checks = needsSafetyCheck(this.data, this.now);
    const length = minutes(c.minutes);
    const rest = minutes(c.rest);
    const asking = this.swelling === 'asking';
    return html`
      ${this.expired ? html`<p class="notice">${msg('Your paused round ended: the pause was longer than the round.', { id: 'timer.pause-ended' })}</p>` : nothing}
      ${this.renderAdvice(advice, c.iceHours)}
      <fieldset class="switch" part="switch">
        <legend>${msg('For this round, use:', { id: 'timer.switch' })}</legend>
        ${(['ice', 'heat'] as const).map(
          (t) => html`
            <label class="option ${t}">
              <input
                type="radio"
                name="treatment"
                value=${t}
                .checked=${asking ? t === 'heat' : mode === t}
                @change=${() => this.onPick(t)}
              />
              <span>${t === 'ice' ? msg('Ice', { id: 'timer.ice' }) : msg('Heat', { id: 'timer.heat' })}</span>
            </label>
          `,
        )}
      </fieldset>
      ${asking
        ? swellingQuestion((a) => this.onSwelling(a))
        : this.swelling === 'yes' || this.swelling === 'not-sure'
          ? swellingAnswer(this.swelling, mode)
          : nothing}
      ${asking
        ? nothing
        : html`
            ${checks ? safetyChecks(this.ticked, this.checkError, (id, on) => this.onTick(id, on)) : nothing}
            <button type="button" class="primary wide" part="start-button" @click=${() => this.onStart(mode)}>
              ${mode === 'ice'
                ? msg(str`Start ${length} of ice`, { id: 'timer.start-ice' })
                : msg(str`Start ${length} of heat`, { id: 'timer.start-heat' })}
            </button>
            <p class="note">
              ${msg(str`Afterwards, rest your skin for ${rest} before the next round.`, { id: 'timer.rest-note' })}
            </p>
          `}
    `;
  }

  /** Heat picked while ice is still usual: ask about swelling first (CONTENT.md §11). */
  private onPick(pick: Treatment): void {
    const c = this.config;
    const onset = c.onset ?? this.data.answered;
    if (asksAboutSwelling(pick, onset, this.clock.now(), c.iceHours) && this.swelling !== 'no') {
      this.swelling = 'asking';
      void this.focusAfterRender('[part=swelling] button');
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
    void this.focusAfterRender(answer === 'no' ? '[part=start-button]' : '.swelling-answer');
  }

  private renderAdvice(advice: Advice, iceHours: number) {
    if (!advice.usual || advice.hours === null) return nothing;
    const limit = hours(iceHours);
    const h = advice.hours;
    const since = h < 72 ? hours(Math.max(1, h)) : days(Math.floor(h / 24));
    const ice = advice.usual === 'ice';
    const why =
      advice.from === 'onset'
        ? ice
          ? msg(str`It's ${since} since your pain began: ice is usual for the first ${limit}.`, { id: 'timer.why.onset-ice' })
          : msg(str`It's ${since} since your pain began: heat is usual after the first ${limit}.`, { id: 'timer.why.onset-heat' })
        : ice
          ? msg(str`From your answer, your pain began less than ${limit} ago: ice is usual for the first ${limit}.`, {
              id: 'timer.why.answer-ice',
            })
          : msg(str`From your answer, your pain began more than ${limit} ago: heat is usual after the first ${limit}.`, {
              id: 'timer.why.answer-heat',
            });
    return html`
      <div class="advice ${advice.usual}" part="advice">
        <p>${why}</p>
        <p class="muted">
          ${msg('This is the usual advice, not a rule. Some people find the other one, or switching between them, helps more: go by what feels better.', {
            id: 'timer.why.not-a-rule',
          })}
        </p>
        ${advice.from === 'answer'
          ? html`<button type="button" class="link" @click=${() => this.onAnswer(null)}>
              ${msg('Change my answer', { id: 'timer.onset.change' })}
            </button>`
          : nothing}
      </div>
    `;
  }

  private renderDial(kind: Treatment | 'rest', done: number, timeLeft: string, label: string) {
    const offset = (100 - Math.min(1, Math.max(0, done)) * 100).toFixed(2);
    return html`
      <div class="dial ${kind}" part="dial">
        <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <circle class="track" cx="50" cy="50" r="45"></circle>
          <circle class="bar" cx="50" cy="50" r="45" pathLength="100" stroke-dasharray="100" stroke-dashoffset=${offset}></circle>
        </svg>
        <div class="readout">
          <span class="time" role="timer" part="time">${timeLeft}</span>
          <span class="unit">${label}</span>
        </div>
      </div>
    `;
  }

  private renderRound() {
    const r = this.data.round!;
    const paused = this.state === 'paused';
    const left = formatMinSec(remainingMs(r.countdown, this.now) / 1000);
    const ends = timeOfDay(roundDetail(r, this.now).endsAt);
    const length = minutes(Math.round(r.countdown.durationMs / MINUTE));
    return html`
      ${this.renderDial(r.mode, progress(r.countdown, this.now), left, msg('left', { id: 'timer.left' }))}
      <p class="status">
        ${paused
          ? msg('Paused: take the pack off while you wait.', { id: 'timer.paused-off' })
          : msg(str`Ends at ${ends}`, { id: 'timer.ends' })}
      </p>
      ${paused
        ? html`<p class="note">
            ${msg(str`Press Resume when the pack is back on. If the pause lasts longer than ${length}, the round ends.`, {
              id: 'timer.paused-limit',
            })}
          </p>`
        : nothing}
      ${paused
        ? nothing
        : html`<p class="tip">
            ${r.mode === 'ice'
              ? msg('Keep a thin cloth between the ice and your skin.', { id: 'timer.tip.ice' })
              : msg('Stay awake while the heat is on.', { id: 'timer.tip.heat' })}
          </p>`}
      <div class="actions">
        <button type="button" class="primary" part="pause-button" @click=${this.onPauseResume}>
          ${paused ? msg('Resume', { id: 'timer.resume' }) : msg('Pause', { id: 'timer.pause' })}
        </button>
        <button type="button" part="cancel-button" @click=${this.onCancel}>${msg('Cancel', { id: 'timer.cancel' })}</button>
      </div>
    `;
  }

  private renderDone() {
    const e = this.data.ended!;
    let finished: string;
    if (sameLocalDay(e.at, this.now)) {
      const at = timeOfDay(e.at);
      finished = msg(str`Finished at ${at}.`, { id: 'timer.finished' });
    } else {
      const at = dayAndTime(e.at);
      finished = msg(str`Finished on ${at}.`, { id: 'timer.finished-day' });
    }
    const next = timeOfDay(e.restUntil);
    return html`
      <div class="center">
        <p class="finished">${finished}</p>
        <p>${msg('Take the pack off now and look at your skin: use a mirror, or ask someone, for your back.', { id: 'timer.done.look' })}</p>
        <p class="notice skin-stop" part="skin-warning">
          ${msg('If the skin is blistered, very red, white, grey or numb, stop using ice or heat and ask a pharmacist or doctor.', {
            id: 'timer.done.skin-stop',
          })}
        </p>
        ${e.restUntil > this.now ? html`<p>${msg(str`Next round from ${next}.`, { id: 'timer.next' })}</p>` : nothing}
        <button type="button" class="primary wide" part="done-button" @click=${this.onAcknowledge}>
          ${msg('The pack is off', { id: 'timer.done.ok' })}
        </button>
      </div>
    `;
  }

  private renderRest() {
    const e = this.data.ended!;
    const done = (this.now - e.at) / Math.max(1, e.restUntil - e.at);
    const next = timeOfDay(e.restUntil);
    return html`
      <div class="center">
        <p class="next">${msg(str`Next round from ${next}.`, { id: 'timer.next' })}</p>
        ${this.renderDial('rest', done, formatMinSec((e.restUntil - this.now) / 1000), msg('to wait', { id: 'timer.to-wait' }))}
        <p class="note">${msg('Give your skin a break between rounds.', { id: 'timer.rest-why' })}</p>
      </div>
    `;
  }

  private renderLog(level: number) {
    const log = this.data.log;
    if (!log.length) return nothing;
    return html`
      <div class="log" part="log">
        <div class="log-title" role="heading" aria-level=${level}>${msg("Today's rounds", { id: 'timer.log' })}</div>
        <ul>
          ${log.map((e) => {
            const at = timeOfDay(e.at);
            const what = e.mode === 'ice' ? msg('ice', { id: 'timer.log.ice' }) : msg('heat', { id: 'timer.log.heat' });
            const long = minutes(Math.max(1, Math.round(e.ms / MINUTE)));
            return html`<li>${msg(str`${at}: ${what}, ${long}`, { id: 'timer.log.item' })}</li>`;
          })}
        </ul>
      </div>
    `;
  }
}

define('heat-ice-timer', HeatIceTimer);

declare global {
  interface HTMLElementTagNameMap {
    'heat-ice-timer': HeatIceTimer;
  }
}
