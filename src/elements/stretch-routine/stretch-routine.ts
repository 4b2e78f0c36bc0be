import { html, nothing, svg } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { idList, settingNumber, settingText, optionalNumberInRange, type Parser } from '../../core/attributes.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { secondsLong } from '../../core/format.js';
import { webSound, type Chime, type Sound } from '../../core/sound.js';
import { theme } from '../../core/theme.js';
import { Ticker } from '../../core/ticker.js';
import { PREGNANT_ON_BACK, STRETCH_IDS, STRETCHES, type Stretch } from '../../content/stretches.js';
import { systemClock, type Clock } from '../../logic/clock.js';
import { formatMinSec } from '../../logic/countdown.js';
import {
  holdSecondsFor,
  newRoutine,
  next,
  pause,
  phaseEndsIn,
  planRoutine,
  position,
  previous,
  resume,
  settle,
  start,
  stateOf,
  stop,
  type Phase,
  type Routine,
  type RoutineState,
  type StopReason,
} from '../../logic/routine.js';
import { warningSigns, warningSignsStyles } from '../shared/warning-signs.js';
import { picture, variantOf } from './pictures.js';
import { introScreen, onBackNote, painScreen } from './screens.js';
import { styles } from './styles.js';

const stretchList = idList(STRETCH_IDS);
/**
 * `hold-seconds` is read as any whole number here; each hold then keeps to
 * its own source range (holdSecondsFor), and warnHoldClamps says so once.
 */
const holdNumber: Parser<number | null> = (raw) => {
  if ((settingText(raw)?.trim() ?? '') === '') return { value: null };
  const n = settingNumber(raw);
  return Number.isFinite(n)
    ? { value: Math.round(n) }
    : { value: null, expected: "a number of seconds, or nothing for each stretch's own" };
};
const repsRange = optionalNumberInRange(3, 15);

const byId = (id: string): Stretch => STRETCHES.find((s) => s.id === id)!;

/** What to do in a phase, in a few words. */
function cueText(phase: Phase): string {
  switch (phase.cue) {
    case 'in':
      return msg('Breathe in, back sinks down', { id: 'routine.cue.in' });
    case 'out':
      return msg('Breathe out, back rounds up', { id: 'routine.cue.out' });
    case 'up':
      return msg('Push up slowly', { id: 'routine.cue.up' });
    case 'down':
      return msg('Lower down slowly', { id: 'routine.cue.down' });
    case 'side':
      return phase.side === 'right'
        ? msg('Knees to the other side', { id: 'routine.cue.side-other' })
        : msg('Knees to one side', { id: 'routine.cue.side-one' });
    default:
      if (phase.side === 'left') return msg('Left leg: hold', { id: 'routine.cue.hold-left' });
      if (phase.side === 'right') return msg('Right leg: hold', { id: 'routine.cue.hold-right' });
      return msg('Hold', { id: 'routine.cue.hold' });
  }
}

/** How much of a stretch there is, said before it starts. */
function doseText(phases: readonly Phase[]): string {
  const first = phases[0]!;
  const time = secondsLong(first.durationMs / 1000);
  const reps = first.reps;
  if (first.cue === 'hold') {
    return first.side
      ? msg(str`Hold ${time} for each leg.`, { id: 'routine.dose.hold-each' })
      : msg(str`Hold ${time}.`, { id: 'routine.dose.hold' });
  }
  if (first.cue === 'in') return msg(str`${reps} slow breaths.`, { id: 'routine.dose.breaths' });
  if (first.cue === 'side') return msg(str`${reps} times to each side.`, { id: 'routine.dose.sides' });
  return msg(str`${reps} times, slowly.`, { id: 'routine.dose.reps' });
}

/** What the live region says as a phase starts or resumes: holds say how long is left. */
function phaseAnnouncement(phase: Phase, remainingMs: number): string {
  const cue = cueText(phase);
  if (phase.cue !== 'hold') return `${cue}.`;
  const time = secondsLong(Math.ceil(remainingMs / 1000));
  return msg(str`${cue}, ${time}.`, { id: 'routine.say.hold' });
}

/**
 * Guided gentle stretches for back spasm: each with a drawing, short steps and
 * a timed hold or a paced set of repetitions, and a "Stop: this hurts" button
 * that is always there.
 *
 * @tagname stretch-routine
 * A start screen comes first: the warning signs that mean get help instead
 * of stretching, who should ask a clinician first, a note about the floor,
 * and "I am pregnant".
 *
 * @fires spasm-routine-complete - The routine reached its end (after the last stretch, or skipping past it). detail: `{ completed: string[] }`, the ids of the stretches timed to the end, in order.
 * @fires spasm-routine-stop - The patient ended the routine early. detail: `{ completed: string[], reason: 'pain' | 'user' }`: `pain` from "Stop: this hurts", `user` from "End the routine".
 * @csspart intro-signs - On the start screen: "Do not stretch if you have any of the warning signs".
 * @csspart ask-first - On the start screen: who should ask a clinician before starting.
 * @csspart floor - On the start screen: the note about getting down to the floor.
 * @csspart pregnant-note - On the start screen, when pregnant: what changes.
 * @csspart begin-button - "Start the stretches", on the start screen.
 * @csspart stop-note - "Stop if pain, tingling or numbness spreads down a leg", beside "Stop: this hurts".
 * @csspart urgent-signs - The get-help-today signs (start screen and pain screen).
 * @csspart urgent-cta - What to do about them.
 * @csspart count - "Stretch 2 of 5".
 * @csspart heading - The heading of the stretch, or of the end screen.
 * @csspart picture - The drawing of the stretch (an inline SVG).
 * @csspart caution - A stretch's caution (the press-up's "skip this one if lying on your stomach hurts").
 * @csspart steps - The list of steps.
 * @csspart timer - The panel with the cue, the time left and the progress bar.
 * @csspart time - The time left, in large type.
 * @csspart controls - The row of Previous, Start/Pause/Resume and Skip.
 * @csspart main-button - Start / Pause / Resume.
 * @csspart stop-button - "Stop: this hurts".
 * @csspart stop-bar - The bar holding the stop note and "Stop: this hurts", kept at the bottom of the screen while a stretch is shown.
 * @csspart end-button - "End the routine".
 * @csspart summary - The list of stretches done and skipped, on the end screen.
 * @csspart advice - What to do now, after "Stop: this hurts".
 * @csspart signs - The emergency warning signs: on the start screen, after "Stop: this hurts", and on the end screen.
 * @csspart warning-signs - The warning-signs disclosure on the start screen and on the end screen.
 * @csspart cta - The emergency call to action, with the signs.
 * @csspart call - The button-styled `tel:` link in the call to action (not in kiosk mode).
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons, the arrows in the drawings, the progress bar.
 * @cssprop [--spasm-color-emergency=#b3261e] - "Stop: this hurts" and the call to action.
 * @cssprop [--spasm-color-on-emergency=#ffffff] - Text on emergency colours.
 * @cssprop [--spasm-color-text=#1b1f24] - Text and the figures in the drawings.
 * @cssprop [--spasm-color-muted=#4a5360] - Secondary text, the far limb in the drawings.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-color-subtle=#eef2f6] - The timer panel and the mat in the drawings.
 * @cssprop [--spasm-color-border=#8a94a0] - The floor in the drawings, borders.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=medium] - Base text size: the browser's default (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class StretchRoutine extends SpasmElement {
  static override styles = [theme, warningSignsStyles, choiceStyles, styles];

  static override properties = {
    stretches: {},
    holdSeconds: { attribute: 'hold-seconds' },
    reps: {},
    pregnant: { type: Boolean },
    muted: { type: Boolean, reflect: true },
    emergencyNumber: { attribute: 'emergency-number' },
    state: { reflect: true },
    stretch: { reflect: true },
    clock: { attribute: false },
    sound: { attribute: false },
    routine: { state: true, attribute: false },
    begun: { state: true, attribute: false },
    saysPregnant: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Comma-separated stretch ids in the order to do them. Default: all five. */
  stretches = '';

  /**
   * Length of every hold in seconds, kept within each stretch's own source range
   * (knee to chest 20–30, child's pose 30–60; one warning when a value is outside one).
   * Default: each stretch's own (30, 45).
   */
  holdSeconds = '';

  /** Repetitions for the paced stretches (cat-cow, knee rolls, press-up), 3–15. Default 5. */
  reps = '';

  /**
   * The patient is pregnant (they can also say so on the start screen): the
   * press-up on the stomach is left out, and time on the back is kept short
   * (knee to chest 20 s each leg, 3 knee rolls each way).
   */
  pregnant = false;

  /** No chimes. */
  muted = false;

  /** The number to call, shown after "Stop: this hurts": digits, +, spaces and dashes. Default `911`. */
  emergencyNumber = '911';

  /** Reflected (don't set it): `intro` (the start screen), `idle`, `running`, `paused`, `done` or `stopped`. */
  state: RoutineState | 'intro' = 'intro';

  /** Reflected (don't set it): the id of the stretch on screen; absent once the routine has ended. */
  stretch: string | null = null;

  /** Where time comes from (tests pass a fake). */
  clock: Clock = systemClock;

  /** Where chimes come from (tests pass a fake). */
  sound: Sound = webSound;

  private routine: Routine | null = null;
  /** Past the start screen. */
  private begun = false;
  /** Ticked "I am pregnant" on the start screen. */
  private saysPregnant = false;
  private warnedHold = new Set<string>();
  private announcement = '';
  private now = 0;
  private chimes: Chime[] = [];
  private phaseKey = '';
  private queued: [`spasm-${string}`, unknown][] = [];

  constructor() {
    super();
    new Ticker(this, () => this.state === 'running');
  }

  /** Ids of the stretches timed to the end so far. */
  get completed(): string[] {
    return [...(this.routine?.completed ?? [])];
  }

  /** Back to the start screen, forgetting what the patient did and said. */
  reset(): void {
    this.saysPregnant = false;
    this.begun = false;
    this.replan();
  }

  /** A fresh routine from the current settings, on the stretch screen or the start screen as it was. */
  private replan(): void {
    this.cancelChimes();
    this.routine = newRoutine(this.plan());
    this.announcement = '';
    this.phaseKey = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.routine) this.bookChimes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelChimes();
  }

  private get isPregnant(): boolean {
    return this.pregnant || this.saysPregnant;
  }

  private plan() {
    const stretches = this.attr('stretches', this.stretches, stretchList).map(byId);
    const raw = this.holdSeconds == null ? null : String(this.holdSeconds);
    const holdSeconds = this.attr('hold-seconds', raw, holdNumber);
    this.warnHoldClamps(raw, holdSeconds, stretches);
    return planRoutine(stretches, {
      holdSeconds,
      reps: this.attr('reps', this.reps, repsRange),
      pregnant: this.isPregnant ? PREGNANT_ON_BACK : null,
    });
  }

  /** One warning when `hold-seconds` is outside the range of a hold in the routine, naming what each uses. */
  private warnHoldClamps(raw: string | null, seconds: number | null, stretches: readonly Stretch[]): void {
    if (seconds === null || this.warnedHold.has(raw!)) return;
    const used: string[] = [];
    for (const s of stretches) {
      if (s.dose.kind !== 'hold') continue;
      const fits = holdSecondsFor(s.dose, seconds);
      if (fits !== seconds) used.push(`${fits} for ${s.id} (${s.dose.min}–${s.dose.max})`);
    }
    if (!used.length) return;
    this.warnedHold.add(raw!);
    console.warn(
      `<${this.localName}> hold-seconds="${raw}" is outside the range of some stretches (each hold keeps to its own range); using ${used.join(', ')}.`,
    );
  }

  private get r(): Routine {
    return (this.routine ??= newRoutine(this.plan()));
  }

  private cancelChimes(): void {
    this.chimes.forEach((c) => c.cancel());
    this.chimes = [];
  }

  /** Books a soft chime for the end of each phase still to come, on the audio clock. */
  private bookChimes(): void {
    this.cancelChimes();
    if (this.muted) return;
    this.chimes = phaseEndsIn(this.r, this.clock.now()).map((ms) => this.sound.schedule(ms, 'soft'));
  }

  /**
   * Catches up with the clock: if the stretch on screen has run out, records
   * it, says so, and moves focus to what comes next. True when it moved on.
   */
  private sync(now: number): boolean {
    const before = this.r;
    const after = settle(before, now);
    if (after === before) return false;
    this.routine = after;
    this.chimes = [];
    const name = byId(before.steps[before.index]!.id).name();
    if (after.ended) {
      this.announcement = msg(str`${name} done. That was the last stretch.`, { id: 'routine.say.last-done' });
      // Fired once the end screen is rendered (this can run inside an update).
      this.queued.push(['spasm-routine-complete', { completed: [...after.completed] }]);
    } else {
      const nextName = byId(after.steps[after.index]!.id).name();
      this.announcement = msg(str`${name} done. Next: ${nextName}. Press Start when you are ready.`, {
        id: 'routine.say.done-next',
      });
    }
    void this.focusAfterRender('.heading');
    return true;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['stretches', 'holdSeconds', 'reps', 'pregnant', 'saysPregnant'].some((p) => changed.has(p as keyof this))) this.replan();
    this.now = this.clock.now();
    this.sync(this.now);
    const r = this.r;
    this.state = this.begun ? stateOf(r) : 'intro';
    this.stretch = r.ended || !this.begun ? null : r.steps[r.index]!.id;
    const at = position(r, this.now);
    const key = at && this.state !== 'idle' ? `${r.index}:${at.phaseIndex}` : '';
    // A new phase of a running stretch: say its cue (once, not every second).
    if (key && key !== this.phaseKey && this.state === 'running' && at!.phaseIndex > 0) {
      this.announcement = phaseAnnouncement(at!.phase, at!.phaseRemainingMs);
    }
    this.phaseKey = key;
    if (changed.has('muted') && this.state === 'running') this.bookChimes();
  }

  override updated(): void {
    const events = this.queued;
    this.queued = [];
    for (const [name, detail] of events) this.emit(name, detail);
  }

  private onMain(): void {
    const now = this.clock.now();
    // The stretch ended between repaints: the screen has moved on, so this press is not for it.
    if (this.sync(now)) return;
    const r = this.r;
    const state = stateOf(r);
    if (state === 'running') {
      this.routine = pause(r, now);
      this.cancelChimes();
      this.announcement = msg('Paused.', { id: 'routine.say.paused' });
      return;
    }
    this.sound.unlock();
    this.routine = state === 'paused' ? resume(r, now) : start(r, now);
    this.bookChimes();
    const at = position(this.routine, now)!;
    this.phaseKey = `${this.routine.index}:${at.phaseIndex}`;
    this.announcement = phaseAnnouncement(at.phase, at.phaseRemainingMs);
  }

  private move(to: typeof next): void {
    const now = this.clock.now();
    if (this.sync(now)) return;
    this.cancelChimes();
    this.routine = to(this.r, now);
    this.announcement = '';
    if (this.routine.ended) this.emit('spasm-routine-complete', { completed: this.completed });
    void this.focusAfterRender('.heading');
  }

  private end(reason: StopReason): void {
    this.cancelChimes();
    this.routine = stop(this.r, this.clock.now(), reason);
    this.announcement = '';
    this.emit('spasm-routine-stop', { completed: this.completed, reason });
    void this.focusAfterRender('.heading');
  }

  override render() {
    const r = this.r;
    return html`
      ${!this.begun
        ? this.renderIntro()
        : r.ended === 'stopped' && r.reason === 'pain'
          ? this.renderPain()
          : r.ended
            ? this.renderSummary(r)
            : this.renderStretch(r)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    `;
  }

  private get number(): string {
    return this.attr('emergency-number', this.emergencyNumber, emergencyNumber);
  }

  private renderIntro() {
    return introScreen({
      number: this.number,
      kiosk: this.kiosk,
      askPregnant: !this.pregnant,
      saysPregnant: this.saysPregnant,
      pregnant: this.isPregnant,
      skipsPressUp: this.isPregnant && this.r.steps.length < this.attr('stretches', this.stretches, stretchList).length,
      onPregnant: (on) => (this.saysPregnant = on),
      onBegin: () => this.begin(),
    });
  }

  private begin(): void {
    this.begun = true;
    void this.focusAfterRender('.heading');
  }

  private renderStretch(r: Routine) {
    const at = position(r, this.now)!;
    const stretch = byId(at.step.id);
    const idle = this.state === 'idle';
    const total = r.steps.length;
    const number = r.index + 1;
    const seconds = Math.ceil((idle ? at.step.durationMs : at.phaseRemainingMs) / 1000);
    // The bar fills as the patient breathes in and empties as they breathe out.
    const fill = at.phase.cue === 'out' ? 1 - at.phaseProgress : at.phaseProgress;
    const main =
      this.state === 'running'
        ? msg('Pause', { id: 'routine.pause' })
        : this.state === 'paused'
          ? msg('Resume', { id: 'routine.resume' })
          : msg('Start', { id: 'routine.start' });
    const cue = idle ? doseText(at.step.phases) : cueText(at.phase);
    const rep = idle
      ? msg('Time in all:', { id: 'routine.total' })
      : at.phase.reps > 1
        ? msg(str`${at.phase.rep} of ${at.phase.reps}`, { id: 'routine.rep' })
        : '';
    return html`
      <p class="count" part="count">${msg(str`Stretch ${number} of ${total}`, { id: 'routine.count' })}</p>
      <h2 class="heading" part="heading" tabindex="-1">${stretch.name()}</h2>
      ${picture(stretch.id, idle ? 'main' : variantOf(at.phase))}
      ${stretch.caution ? html`<p class="caution" part="caution">${stretch.caution()}</p>` : nothing}
      <ol class="steps" part="steps">
        ${stretch.steps().map((s) => html`<li>${s}</li>`)}
      </ol>
      <div class="timer" part="timer">
        <p class="cue">${cue} ${rep ? html`<span class="rep">${rep}</span>` : nothing}</p>
        <p class="time" part="time">${formatMinSec(seconds)}</p>
        <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
          ${svg`<rect class="track" width="100" height="4" /><rect class="fill" width=${(fill * 100).toFixed(2)} height="4" />`}
        </svg>
      </div>
      <div class="controls" part="controls">
        <button type="button" class="primary main" part="main-button" @click=${this.onMain}>${main}</button>
        <button type="button" ?disabled=${r.index === 0 && idle} @click=${() => this.move(previous)}>
          ${msg('Previous', { id: 'routine.previous' })}
        </button>
        <button type="button" @click=${() => this.move(next)}>${msg('Skip', { id: 'routine.skip' })}</button>
      </div>
      <p class="note">${msg('Move slowly. Never push into sharp pain.', { id: 'routine.gentle' })}</p>
      ${this.isPregnant && stretch.lying === 'back'
        ? html`<p class="note">${onBackNote()}</p>`
        : nothing}
      <div class="stop-bar" part="stop-bar">
        <p class="stop-note" id="stop-note" part="stop-note">
          ${msg('Stop if pain, tingling or numbness spreads down a leg.', { id: 'routine.stop-spread' })}
        </p>
        <button type="button" class="hurts" part="stop-button" aria-describedby="stop-note" @click=${() => this.end('pain')}>
          ${msg('Stop: this hurts', { id: 'routine.hurts' })}
        </button>
      </div>
      <button type="button" class="quiet" part="end-button" @click=${() => this.end('user')}>
        ${msg('End the routine', { id: 'routine.end' })}
      </button>
    `;
  }

  private renderSummary(r: Routine) {
    const did = r.completed.length;
    const all = r.ended === 'done' && did === r.steps.length;
    return html`
      <h2 class="heading" part="heading" tabindex="-1">
        ${all ? msg('All done', { id: 'routine.done.heading' }) : msg('Routine ended', { id: 'routine.ended.heading' })}
      </h2>
      <p>
        ${did
          ? msg(str`You did ${did} of ${r.steps.length} stretches.`, { id: 'routine.summary.count' })
          : msg('You did not finish any of the stretches this time.', { id: 'routine.summary.none' })}
      </p>
      <ul class="summary" part="summary">
        ${r.steps.map((s) => {
          const name = byId(s.id).name();
          return r.completed.includes(s.id)
            ? html`<li class="did">${msg(str`${name}: done`, { id: 'routine.summary.did' })}</li>`
            : html`<li>${msg(str`${name}: not done`, { id: 'routine.summary.skipped' })}</li>`;
        })}
      </ul>
      <p>
        ${msg('You can do these stretches again later if they help. Stay as active as you can, and stop any stretch that hurts.', {
          id: 'routine.summary.again',
        })}
      </p>
      <button type="button" class="primary" @click=${() => this.restart()}>${msg('Start again', { id: 'routine.again' })}</button>
      <details part="warning-signs">
        <summary>${msg('When to get emergency help', { id: 'routine.summary.signs' })}</summary>
        ${warningSigns({ number: this.number, kiosk: this.kiosk })}
      </details>
      <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
    `;
  }

  private renderPain() {
    return painScreen({ number: this.number, kiosk: this.kiosk, onRestart: () => this.restart() });
  }

  /** Start again or Back to the start: the start screen again, keeping what the patient said about pregnancy. */
  private restart(): void {
    this.begun = false;
    this.replan();
    void this.focusAfterRender('.heading');
  }
}

define('stretch-routine', StretchRoutine);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
