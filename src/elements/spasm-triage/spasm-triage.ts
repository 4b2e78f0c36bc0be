import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { FocusGuard } from '../../core/focus.js';
import { Settings } from '../../core/settings.js';
import { headingLevel, phoneNumber, safeUrl, type Parser } from '../../core/attributes.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { emergencyNumber } from '../../core/emergency.js';
import { define } from '../../core/define.js';
import { longDate } from '../../core/format.js';
import { theme } from '../../core/theme.js';
import { careContext } from '../../content/home-care.js';
import { NO, NOT_SURE, TRIAGE_RULES, TRIAGE_STEPS, YES, type ChecklistItem, type TriageStep } from '../../content/triage.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import {
  answersGiven,
  itemsOf,
  restAsNo,
  stepAfter,
  stepBefore,
  stepsToAsk,
  triage,
  withChanges,
  type Disposition,
  type TriageResult,
} from '../../logic/triage.js';
import { warningSignsStyles } from '../shared/warning-signs.js';
import { careCard, details, toldUs, type OutcomeView } from './outcome.js';
import { checklistScreen, choiceScreen, startScreen, type StepView } from './questions.js';
import { styles } from './styles.js';

/** An optional phone number: blank means none, and a bad one is dropped with a warning. */
const clinicPhone: Parser<string | null> = (raw) => {
  const { value, expected } = phoneNumber('')(raw);
  return expected ? { value: null, expected } : { value: value || null };
};

/** `start`, `outcome`, a step id, or `<step id>/unsure` (which of a checklist the patient is not sure about). */
type Screen = string;
const UNSURE = '/unsure';

const stepById = (id: string): TriageStep | undefined => TRIAGE_STEPS.find((s) => s.id === id);

/**
 * A red-flags-first back-pain check: the emergency signs first, then what
 * the rules need, one screen at a time, ending at one of four levels of
 * urgency (CONTENT.md §5) with a care card that says what to do and how
 * soon. Answers stay in memory: nothing is stored or sent.
 *
 * @tagname spasm-triage
 * @fires spasm-triage-result - On reaching an outcome. detail: `{ disposition, reasons, answers }`: `disposition` is `emergency`, `urgent`, `see-doctor` or `self-care`; `reasons` are the sign and reason ids of CONTENT.md §6–§8, most urgent first; `answers` maps each question or sign asked to its answer (`yes`, `no`, `not-sure`, or the choice's value).
 * @csspart heading - The heading of each step.
 * @csspart progress - The "Step 2 of 9" text and bar.
 * @csspart option - One checkbox row.
 * @csspart choice - One answer button of a question.
 * @csspart nav - The buttons under a step.
 * @csspart outcome - The outcome screen.
 * @csspart card - The care card at the top of the outcome: level, what to do and how soon, the call to action.
 * @csspart badge - The level's name on the care card.
 * @csspart call - The `tel:` button of the emergency number.
 * @csspart call-clinic - The `tel:` button of the clinic's phone.
 * @csspart book - The "Book an appointment" link.
 * @csspart told - The "You told us" list.
 * @csspart answers - Every answer given.
 * @csspart actions - The "Change my answers", "Start again" and "Print" buttons.
 * @csspart cta - The emergency call to action, in the warning signs.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons, progress, the see-doctor card.
 * @cssprop [--spasm-color-emergency=#b3261e] - The emergency card and call to action.
 * @cssprop [--spasm-color-on-emergency=#ffffff] - Text on the emergency colour.
 * @cssprop [--spasm-color-urgent=#8a4b00] - The get-help-today card.
 * @cssprop [--spasm-color-self-care=#1e6b34] - The self-care card.
 * @cssprop [--spasm-color-text=#1b1f24] - Text.
 * @cssprop [--spasm-color-muted=#4a5360] - Secondary text.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-color-subtle=#eef2f6] - Panels.
 * @cssprop [--spasm-color-border=#8a94a0] - Borders.
 * @cssprop [--spasm-color-focus=#1a73e8] - The focus ring.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=medium] - Base text size: the browser's default (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class SpasmTriage extends SpasmElement {
  static override styles = [theme, warningSignsStyles, choiceStyles, styles];

  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    bookingUrl: { attribute: 'booking-url' },
    clinicPhone: { attribute: 'clinic-phone' },
    clinicName: { attribute: 'clinic-name' },
    headingLevel: { attribute: 'heading-level' },
    disposition: { reflect: true },
    clock: { attribute: false },
    screen: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    result: { state: true, attribute: false },
    missing: { state: true, attribute: false },
  };

  /** The number to call: digits, +, spaces and dashes, 2–20 characters. Default `911`. */
  emergencyNumber = '911';

  /** Where "Book an appointment" goes: an http, https or relative address. Default: no link. */
  bookingUrl: string | null = null;

  /** The clinic's phone number for appointments (same format as `emergency-number`). Default: none. */
  clinicPhone: string | null = null;

  /** The clinic's name, used with its phone number. Default: "the clinic". */
  clinicName: string | null = null;

  /** The headings' level for assistive technology, 1–6 (sub-headings one below). Default `2`. */
  headingLevel = '2';

  /** Reflected: the outcome shown (`emergency`, `urgent`, `see-doctor`, `self-care`); absent before one. */
  disposition: Disposition | null = null;

  /** Where the printed date comes from; tests pass a fake. */
  clock: Clock = steadyClock;

  private screen: Screen = 'start';
  private answers: Record<string, string> = {};
  private result: TriageResult | null = null;
  /** Set when a step is sent on without an answer. */
  private missing = false;

  reset(): void {
    this.screen = 'start';
    this.answers = {};
    this.result = null;
    this.missing = false;
  }

  // Parsed before each render, so a bad value is reported when the page loads.
  private readonly settings = new Settings(this, {
    number: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
    bookingHref: { attribute: 'booking-url', raw: () => this.bookingUrl, parse: safeUrl },
    phone: { attribute: 'clinic-phone', raw: () => this.clinicPhone, parse: clinicPhone },
    level: { attribute: 'heading-level', raw: () => this.headingLevel, parse: headingLevel },
  });
  private readonly focusGuard = new FocusGuard(this);

  override willUpdate(): void {
    this.settings.refresh();
    this.disposition = this.screen === 'outcome' ? (this.result?.disposition ?? null) : null;
  }

  private get steps(): TriageStep[] {
    return stepsToAsk(TRIAGE_STEPS, TRIAGE_RULES, this.answers);
  }

  private itemsOf(step: TriageStep): ChecklistItem[] {
    const ids = itemsOf(step, TRIAGE_STEPS, TRIAGE_RULES, this.answers);
    return (step.items ?? []).filter((i) => ids.includes(i.id));
  }

  private set(changes: Record<string, string | undefined>): void {
    this.answers = withChanges(this.answers, changes);
    this.missing = false;
  }

  private go(screen: Screen): void {
    this.screen = screen;
    this.missing = false;
    void this.focusGuard.afterAction('.step-heading');
  }

  /** After a step is answered: the next step, or the outcome when none is left. */
  private moveOn(stepId: string): void {
    const following = stepAfter(TRIAGE_STEPS, TRIAGE_RULES, this.answers, stepId);
    if (following) this.go(following.id);
    else this.finish();
  }

  /** Every item of the checklist not answered yet becomes "no". */
  private rest(step: TriageStep): Record<string, string> {
    return restAsNo(step, TRIAGE_STEPS, TRIAGE_RULES, this.answers);
  }

  private onNext(step: TriageStep, unsure: boolean): void {
    const items = this.itemsOf(step);
    const wanted = unsure ? NOT_SURE : YES;
    if (!items.some((i) => this.answers[i.id] === wanted)) return this.complain();
    this.set(this.rest(step));
    this.moveOn(step.id);
  }

  private onNone(step: TriageStep): void {
    this.set(Object.fromEntries(this.itemsOf(step).map((i) => [i.id, NO])));
    this.moveOn(step.id);
  }

  /** "I'm not sure about some": a sign already ticked that ends the check ends it now. */
  private onUnsure(step: TriageStep): void {
    const ticked = { ...this.answers, ...this.rest(step) };
    if (triage(TRIAGE_STEPS, TRIAGE_RULES, ticked).disposition === 'emergency') {
      this.set(this.rest(step));
      return this.finish();
    }
    this.go(step.id + UNSURE);
  }

  private choose(step: TriageStep, value: string): void {
    this.set({ [step.id]: value });
    this.moveOn(step.id);
  }

  private back(): void {
    if (this.screen.endsWith(UNSURE)) return this.go(this.screen.slice(0, -UNSURE.length));
    this.go(stepBefore(TRIAGE_STEPS, TRIAGE_RULES, this.answers, this.screen)?.id ?? 'start');
  }

  private complain(): void {
    this.missing = true;
    void this.focusGuard.afterAction('input');
  }

  private finish(): void {
    this.result = triage(TRIAGE_STEPS, TRIAGE_RULES, this.answers);
    this.go('outcome');
    void this.emitAfterRender('spasm-triage-result', {
      disposition: this.result.disposition,
      reasons: [...this.result.reasons],
      answers: answersGiven(TRIAGE_STEPS, TRIAGE_RULES, this.answers),
    });
  }

  private startAgain = (): void => {
    this.reset();
    void this.focusGuard.afterAction('.step-heading');
  };

  private readonly firstStep = () => this.go(TRIAGE_STEPS[0]!.id);

  override render() {
    const screen = this.screen;
    if (screen === 'outcome' && this.result) return this.renderOutcome(this.result);
    const step = stepById(screen.replace(UNSURE, ''));
    const { level, number } = this.settings.values;
    if (!step) return startScreen(level, number, this.kiosk, this.firstStep);
    const view: StepView = { level, answers: this.answers, steps: this.steps, missing: this.missing, onBack: () => this.back() };
    if (step.kind === 'choice') return choiceScreen(step, view, (value) => this.choose(step, value));
    const unsure = screen.endsWith(UNSURE);
    return checklistScreen(step, this.itemsOf(step), unsure, view, {
      onTick: (item, value, on) => this.set({ [item.id]: on ? value : undefined }),
      onNext: () => this.onNext(step, unsure),
      onNone: () => this.onNone(step),
      onUnsure: () => this.onUnsure(step),
    });
  }

  private renderOutcome(result: TriageResult) {
    const view: OutcomeView = {
      result,
      answers: answersGiven(TRIAGE_STEPS, TRIAGE_RULES, this.answers),
      level: this.settings.values.level,
      number: this.settings.values.number,
      kiosk: this.kiosk,
      bookingHref: this.settings.values.bookingHref,
      phone: this.settings.values.phone,
      clinicName: this.clinicName,
      care: careContext(this.answers),
    };
    const date = longDate(this.clock.now());
    return html`
      <div class="outcome ${result.disposition}" part="outcome">
        ${careCard(view)} ${toldUs(view)} ${details(view)}
        <p class="fine print-only">${msg(str`Checked on ${date}`, { id: 'triage.date' })}</p>
        <div class="actions" part="actions">
          <button type="button" @click=${this.firstStep}>${msg('Change my answers', { id: 'triage.change' })}</button>
          <button type="button" @click=${this.startAgain}>${msg('Start again', { id: 'triage.again' })}</button>
          ${this.kiosk
            ? nothing
            : html`<button type="button" @click=${() => window.print()}>${msg('Print', { id: 'triage.print' })}</button>`}
        </div>
      </div>
    `;
  }
}

define('spasm-triage', SpasmTriage);

declare global {
  interface HTMLElementTagNameMap {
    'spasm-triage': SpasmTriage;
  }
}
