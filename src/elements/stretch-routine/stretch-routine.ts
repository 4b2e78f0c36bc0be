import { html } from 'lit';
import { Announcer } from '../../core/announcer.js';
import { SpasmElement } from '../../core/base.js';
import { flag, idList, optionalNumberInRange, settingNumber, settingText, type Parser } from '../../core/attributes.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { Settings } from '../../core/settings.js';
import { webSound, type Sound } from '../../core/sound.js';
import { theme } from '../../core/theme.js';
import { PREGNANT_ON_BACK, STRETCH_IDS, type Stretch } from '../../content/stretches.js';
import { holdSecondsFor, planRoutine, type next, type RoutineState, type StopReason } from '../../logic/routine.js';
import { warningSignsStyles } from '../shared/warning-signs.js';
import { RoutineController } from './routine-controller.js';
import { introScreen, painScreen, stretchOf, stretchScreen, summaryScreen } from './screens.js';
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
    begun: { state: true, attribute: false },
    saysPregnant: { state: true, attribute: false },
  };

  /** Comma-separated stretch ids in the order to do them. Default: all five. */
  stretches: string | string[] = '';

  /**
   * Length of every hold in seconds, kept within each stretch's own source range
   * (knee to chest 20–30, child's pose 30–60; one warning when a value is outside one).
   * A number or its text. Default: each stretch's own (30, 45).
   */
  holdSeconds: number | string = '';

  /** Repetitions for the paced stretches (cat-cow, knee rolls, press-up), 3–15 (a number or its text). Default 5. */
  reps: number | string = '';

  /**
   * The patient is pregnant (they can also say so on the start screen): the
   * press-up on the stomach is left out, and time on the back is kept short
   * (knee to chest 20 s each leg, 3 knee rolls each way). A boolean, or "true"/"false". Default `false`.
   */
  pregnant: boolean | string = false;

  /** No chimes (a boolean, or "true"/"false"). Default `false`. */
  muted: boolean | string = false;

  /** The number to call, shown after "Stop: this hurts": digits, +, spaces and dashes. Default `911`. */
  emergencyNumber: string | number = '911';

  /** Reflected (don't set it): `intro` (the start screen), `idle`, `running`, `paused`, `done` or `stopped`. */
  state: RoutineState | 'intro' = 'intro';

  /** Reflected (don't set it): the id of the stretch on screen; absent once the routine has ended. */
  stretch: string | null = null;

  /** Where time comes from (tests pass a fake). The default follows the monotonic clock, so a clock change cannot stretch a hold. */
  clock: Clock = steadyClock;

  /** Where chimes come from (tests pass a fake). */
  sound: Sound = webSound;

  /** Past the start screen. */
  private begun = false;
  /** Ticked "I am pregnant" on the start screen. */
  private saysPregnant = false;
  private warnedHold = new Set<string>();

  private readonly settings = new Settings(this, {
    stretches: { attribute: 'stretches', raw: () => this.stretches, parse: stretchList },
    holdSeconds: { attribute: 'hold-seconds', raw: () => this.holdSeconds, parse: holdNumber },
    reps: { attribute: 'reps', raw: () => this.reps, parse: repsRange },
    pregnant: { attribute: 'pregnant', raw: () => this.pregnant, parse: flag(false) },
    muted: { attribute: 'muted', raw: () => this.muted, parse: flag(false) },
    number: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
  });
  private readonly announcer = new Announcer(this);
  private readonly focusGuard = new FocusGuard(this);
  private readonly run = new RoutineController(this, {
    clock: () => this.clock,
    sound: () => this.sound,
    muted: () => this.settings.values.muted,
    plan: () => this.plan(),
    begun: () => this.begun,
    announcer: this.announcer,
    focus: this.focusGuard,
    heading: '.heading',
    emit: (name, detail) => void this.emitAfterRender(name, detail),
    settled: (state) => {
      const r = this.run.routine;
      this.state = state;
      this.stretch = r.ended || !this.begun ? null : r.steps[r.index]!.id;
    },
  });

  /** Ids of the stretches timed to the end so far. */
  get completed(): string[] {
    return this.run.completed;
  }

  /** Back to the start screen, forgetting what the patient did and said. */
  reset(): void {
    this.saysPregnant = false;
    this.begun = false;
    this.run.replan();
  }

  private get isPregnant(): boolean {
    return this.settings.values.pregnant || this.saysPregnant;
  }

  private plan() {
    const { stretches: ids, holdSeconds, reps } = this.settings.values;
    const stretches = ids.map(stretchOf);
    this.warnHoldClamps(settingText(this.holdSeconds), holdSeconds, stretches);
    return planRoutine(stretches, { holdSeconds, reps, pregnant: this.isPregnant ? PREGNANT_ON_BACK : null });
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

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.settings.refresh();
    if (['stretches', 'holdSeconds', 'reps', 'pregnant', 'saysPregnant'].some((p) => changed.has(p))) this.run.replan();
  }

  private move(to: typeof next): void {
    if (this.run.move(to)) void this.focusGuard.afterAction('.heading');
  }

  private end(reason: StopReason): void {
    this.run.end(reason);
    void this.focusGuard.afterAction('.heading');
  }

  override render() {
    const r = this.run.routine;
    const { number } = this.settings.values;
    return html`
      ${!this.begun
        ? this.renderIntro()
        : r.ended === 'stopped' && r.reason === 'pain'
          ? painScreen({ number, kiosk: this.kiosk, onRestart: () => this.restart() })
          : r.ended
            ? summaryScreen(r, { number, kiosk: this.kiosk, onRestart: () => this.restart() })
            : stretchScreen(r, {
                now: this.run.now,
                state: this.state,
                pregnant: this.isPregnant,
                onMain: () => this.run.main(),
                onMove: (to) => this.move(to),
                onEnd: (reason) => this.end(reason),
              })}
      ${this.announcer.render()}
    `;
  }

  private renderIntro() {
    return introScreen({
      number: this.settings.values.number,
      kiosk: this.kiosk,
      askPregnant: !this.settings.values.pregnant,
      saysPregnant: this.saysPregnant,
      pregnant: this.isPregnant,
      skipsPressUp: this.isPregnant && this.run.routine.steps.length < this.settings.values.stretches.length,
      onPregnant: (on) => (this.saysPregnant = on),
      onBegin: () => this.begin(),
    });
  }

  private begin(): void {
    this.begun = true;
    void this.focusGuard.afterAction('.heading');
  }

  /** Start again or Back to the start: the start screen again, keeping what the patient said about pregnancy. */
  private restart(): void {
    this.begun = false;
    this.run.replan();
    void this.focusGuard.afterAction('.heading');
  }
}

define('stretch-routine', StretchRoutine);

declare global {
  interface HTMLElementTagNameMap {
    'stretch-routine': StretchRoutine;
  }
}
