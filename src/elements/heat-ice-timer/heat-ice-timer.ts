import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { Announcer } from '../../core/announcer.js';
import { flag, headingLevel, numberInRange, oneOf, pastTime } from '../../core/attributes.js';
import { SpasmElement } from '../../core/base.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { Settings } from '../../core/settings.js';
import { webSound, type Sound } from '../../core/sound.js';
import { browserStorage, STORAGE_PREFIX, type KeyValueStore } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { ICE_HOURS, REST_MINUTES, ROUND_MINUTES, SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import { advise, afterSwelling, asksAboutSwelling, type Advice, type SwellingAnswer, type Treatment } from '../../logic/heat-ice.js';
import { needsSafetyCheck, type TimerState } from '../../logic/heat-ice-timer.js';
import { warningSigns, warningSignsStyles } from '../shared/warning-signs.js';
import { RoundController } from './round-controller.js';
import { adviceBox, onsetQuestion, safetyChecks, startBlock, swellingAnswer, swellingQuestion, treatmentSwitch } from './before-round.js';
import { doneScreen, restScreen, roundLog, roundScreen, stepTitle } from './screens.js';
import { styles } from './styles.js';

const MINUTE = 60_000;
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
    ticked: { state: true, attribute: false },
    checkError: { state: true, attribute: false },
    swelling: { state: true, attribute: false },
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

  private ticked: readonly SafetyCheckId[] = [];
  private checkError = false;
  /** The swelling question: on screen (`asking`), or the patient's answer this visit. */
  private swelling: 'asking' | SwellingAnswer | null = null;

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
  private readonly announcer = new Announcer(this);
  private readonly focusGuard = new FocusGuard(this);
  private readonly round = new RoundController(this, {
    clock: () => this.clock,
    sound: () => this.sound,
    store: () => (this.kiosk ? null : this.storage),
    key: () => `${STORAGE_PREFIX}heat-ice-timer:${this.storageKey?.trim() || (this.id ? `#${this.id}` : location.pathname)}`,
    muted: () => this.settings.values.muted,
    announcer: this.announcer,
    focus: this.focusGuard,
    heading: '.title',
    emit: (name, detail) => void this.emitAfterRender(name, detail),
    settled: (state) => {
      const d = this.round.data;
      this.state = state;
      this.treatment = d.round?.mode ?? (state === 'done' ? d.ended!.mode : (this.advice().treatment ?? undefined));
    },
  });

  /** Back to the start, forgetting this timer's saved state and today's log. */
  reset(): void {
    this.round.reset();
    this.ticked = [];
    this.checkError = false;
    this.swelling = null;
    this.announcer.clear();
  }

  private advice(): Advice {
    const c = this.settings.values;
    const d = this.round.data;
    return advise({ mode: c.mode, onset: c.onset, answered: d.answered, chosen: d.chosen, iceHours: c.iceHours, now: this.round.now });
  }

  private onStart(mode: Treatment): void {
    if (needsSafetyCheck(this.round.data, this.clock.now())) {
      const missing = SAFETY_CHECKS.findIndex((c) => !this.ticked.includes(c.id));
      if (missing >= 0) {
        this.checkError = true;
        void this.focusGuard.afterAction(`label.check:nth-of-type(${missing + 1}) input`);
        return;
      }
    }
    const c = this.settings.values;
    if (!this.round.start(mode, c.minutes * MINUTE, c.rest * MINUTE)) return;
    this.checkError = false;
    void this.focusGuard.afterAction('.title');
  }

  private onCancel(): void {
    if (this.round.cancel()) void this.focusGuard.afterAction('.title');
  }

  private onAcknowledge(): void {
    this.round.acknowledge();
    void this.focusGuard.afterAction('.title');
  }

  private onAnswer(hoursAgo: number | null): void {
    this.swelling = null;
    this.round.answer(hoursAgo);
    void this.focusGuard.afterAction('.title');
  }

  override render() {
    const { level, number } = this.settings.values;
    const state = this.state;
    const { data, now } = this.round;
    return html`
      <div class="title" role="heading" aria-level=${level} tabindex="-1" part="heading">${stepTitle(state, this.treatment)}</div>
      ${state === 'running' || state === 'paused'
        ? roundScreen(data.round!, now, {
            paused: state === 'paused',
            onSoundBack: this.round.needsGesture ? () => this.round.unlock() : null,
            onPauseResume: () => this.round.pauseOrResume(),
            onCancel: () => this.onCancel(),
          })
        : state === 'done'
          ? doneScreen(data.ended!, now, () => this.onAcknowledge())
          : state === 'resting'
            ? restScreen(data.ended!, now)
            : this.renderIdle()}
      ${roundLog(data.log, Math.min(6, level + 1))}
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
      ${this.round.expired ? html`<p class="notice">${msg('Your paused round ended: the pause was longer than the round.', { id: 'timer.pause-ended' })}</p>` : nothing}
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
            checks: needsSafetyCheck(this.round.data, this.round.now)
              ? safetyChecks(this.ticked, this.checkError, (id, on) => this.onTick(id, on))
              : nothing,
            onStart: () => this.onStart(mode),
          })}
    `;
  }

  /** Heat picked while ice is still usual: ask about swelling first (CONTENT.md §11). */
  private onPick(pick: Treatment): void {
    const c = this.settings.values;
    const onset = c.onset ?? this.round.data.answered;
    if (asksAboutSwelling(pick, onset, this.clock.now(), c.iceHours) && this.swelling !== 'no') {
      this.swelling = 'asking';
      void this.focusGuard.afterAction('[part=swelling] button');
      return;
    }
    if (pick === 'ice' && this.swelling === 'asking') this.swelling = null;
    this.round.choose(pick);
  }

  private onTick(id: SafetyCheckId, on: boolean): void {
    this.ticked = on ? [...this.ticked, id] : this.ticked.filter((t) => t !== id);
    if (SAFETY_CHECKS.every((c) => this.ticked.includes(c.id))) this.checkError = false;
  }

  private onSwelling(answer: SwellingAnswer): void {
    this.swelling = answer;
    this.round.choose(afterSwelling(answer));
    void this.focusGuard.afterAction(answer === 'no' ? '[part=start-button]' : '.swelling-answer');
  }
}

define('heat-ice-timer', HeatIceTimer);

declare global {
  interface HTMLElementTagNameMap {
    'heat-ice-timer': HeatIceTimer;
  }
}
