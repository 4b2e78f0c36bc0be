import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { headingLevel, phoneNumber, safeUrl, telHref, type Parser } from '../../core/attributes.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { emergencyCta, emergencyNumber, emergencyStyles } from '../../core/emergency.js';
import { define } from '../../core/define.js';
import { longDate } from '../../core/format.js';
import { theme } from '../../core/theme.js';
import { HOME_CARE, type Advice } from '../../content/home-care.js';
import { EMERGENCY_SIGNS as RED_FLAGS } from '../../content/red-flags.js';
import { SEE_DOCTOR_REASONS, TRIAGE_QUESTIONS, type TriageQuestion } from '../../content/triage.js';
import { systemClock, type Clock } from '../../logic/clock.js';
import {
  answersGiven,
  questionsToAsk,
  triage,
  type Disposition,
  type TriageAnswers,
  type TriageResult,
} from '../../logic/triage.js';
import { styles } from './styles.js';

/** `start`, `flags` (the red-flag checklist), a question id, or `outcome`. */
type Step = string;


/** An optional phone number: blank means none, and a bad one is dropped with a warning. */
const clinicPhone: Parser<string | null> = (raw) => {
  const { value, expected } = phoneNumber('')(raw);
  return expected ? { value: null, expected } : { value: value || null };
};

const emptyAnswers = (): TriageAnswers => ({ redFlags: [], questions: {} });

/**
 * A red-flags-first back-pain check: the emergency signs first, then a few
 * plain questions, ending in one of three outcomes (get emergency help, see a
 * doctor, or look after the back at home) that says why and what to do next.
 * Answers stay in memory: nothing is stored or sent.
 *
 * @tagname spasm-triage
 * @fires spasm-triage-result - On reaching an outcome. detail: `{ disposition, reasons, answers }`: `disposition` is `emergency`, `see-doctor` or `self-care`; `reasons` are red-flag ids (emergency) or see-doctor reason ids (`duration`, `radiating`, `injury`, `not-improving`, `recurring`), empty for self-care; `answers` is `{ redFlags: string[], questions: { [questionId]: answerValue } }`.
 * @csspart heading - The heading of each step.
 * @csspart progress - The "Step 2 of 6" text and bar.
 * @csspart option - One checkbox or radio row.
 * @csspart nav - The Back and Next buttons.
 * @csspart outcome - The outcome screen.
 * @csspart book - The "Book an appointment" link.
 * @csspart actions - The "Change my answers", "Start again" and "Print" buttons.
 * @csspart cta - The emergency call to action.
 * @csspart call - The button-styled `tel:` link in the call to action.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons, progress and chosen answers.
 * @cssprop [--spasm-color-emergency=#b3261e] - The emergency call to action.
 * @cssprop [--spasm-color-on-emergency=#ffffff] - Text on the call to action.
 * @cssprop [--spasm-color-text=#1b1f24] - Text.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-color-subtle=#eef2f6] - Panels.
 * @cssprop [--spasm-font-family=system-ui] - Font.
 * @cssprop [--spasm-font-size=16px] - Base text size (20px in kiosk mode).
 * @cssprop [--spasm-radius=8px] - Corner radius.
 * @cssprop [--spasm-space=16px] - Padding and gaps.
 * @cssprop [--spasm-touch-target=44px] - Smallest size of a control (48px in kiosk mode).
 */
export class SpasmTriage extends SpasmElement {
  static override styles = [theme, emergencyStyles, choiceStyles, styles];

  static override properties = {
    emergencyNumber: { attribute: 'emergency-number' },
    bookingUrl: { attribute: 'booking-url' },
    clinicPhone: { attribute: 'clinic-phone' },
    clinicName: { attribute: 'clinic-name' },
    headingLevel: { attribute: 'heading-level' },
    disposition: { reflect: true },
    clock: { attribute: false },
    step: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    noneApply: { state: true, attribute: false },
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

  /** Reflected: the outcome shown (`emergency`, `see-doctor`, `self-care`); absent before one. */
  disposition: Disposition | null = null;

  /** Where the printed date comes from; tests pass a fake. */
  clock: Clock = systemClock;

  private step: Step = 'start';
  private answers: TriageAnswers = emptyAnswers();
  private noneApply = false;
  private result: TriageResult | null = null;
  /** Set when Next is pressed without an answer. */
  private missing = false;

  reset(): void {
    this.step = 'start';
    this.answers = emptyAnswers();
    this.noneApply = false;
    this.result = null;
    this.missing = false;
  }

  // Parsed from the attributes before each render, so a bad value is reported
  // when the page loads, not only when the patient reaches the outcome using it.
  private number = '911';
  private bookingHref: string | null = null;
  private phone: string | null = null;

  override willUpdate(): void {
    this.number = this.attr('emergency-number', this.emergencyNumber, emergencyNumber);
    this.bookingHref = this.attr('booking-url', this.bookingUrl, safeUrl);
    this.phone = this.attr('clinic-phone', this.clinicPhone, clinicPhone);
    this.disposition = this.step === 'outcome' ? (this.result?.disposition ?? null) : null;
  }

  private get asked(): TriageQuestion[] {
    return questionsToAsk(TRIAGE_QUESTIONS, this.answers);
  }

  private go(step: Step): void {
    this.step = step;
    this.missing = false;
    void this.focusAfterRender('.step-heading');
  }

  /** Next from the red-flag checklist or a question. */
  private next(): void {
    const asked = this.asked;
    if (this.step === 'flags') {
      if (this.answers.redFlags.length > 0) return this.finish();
      if (!this.noneApply) return this.complain();
      return asked.length ? this.go(asked[0]!.id) : this.finish();
    }
    if (this.answers.questions[this.step] === undefined) return this.complain();
    const following = asked[asked.findIndex((q) => q.id === this.step) + 1];
    return following ? this.go(following.id) : this.finish();
  }

  private back(): void {
    const asked = this.asked;
    const at = asked.findIndex((q) => q.id === this.step);
    this.go(this.step === 'flags' ? 'start' : at > 0 ? asked[at - 1]!.id : 'flags');
  }

  private complain(): void {
    this.missing = true;
    void this.focusAfterRender('input');
  }

  private finish(): void {
    this.result = triage(TRIAGE_QUESTIONS, this.answers);
    this.go('outcome');
    this.emit('spasm-triage-result', {
      disposition: this.result.disposition,
      reasons: [...this.result.reasons],
      answers: answersGiven(TRIAGE_QUESTIONS, this.answers),
    });
  }

  private toggleFlag(id: string, on: boolean): void {
    const ticked = new Set(this.answers.redFlags);
    if (on) ticked.add(id);
    else ticked.delete(id);
    this.answers = { ...this.answers, redFlags: RED_FLAGS.map((f) => f.id).filter((f) => ticked.has(f)) };
    if (on) this.noneApply = false;
    this.missing = false;
  }

  private toggleNone(on: boolean): void {
    this.noneApply = on;
    if (on) this.answers = { ...this.answers, redFlags: [] };
    this.missing = false;
  }

  private choose(question: string, value: string): void {
    this.answers = { ...this.answers, questions: { ...this.answers.questions, [question]: value } };
    this.missing = false;
  }

  override render() {
    const level = this.attr('heading-level', this.headingLevel, headingLevel);
    const question = this.asked.find((q) => q.id === this.step);
    let body: TemplateResult;
    if (this.step === 'flags') body = this.renderFlags(level);
    else if (question) body = this.renderQuestion(question, level);
    else if (this.step === 'outcome' && this.result) body = this.renderOutcome(this.result, level);
    else body = this.renderStart(level);
    return html`
      ${body}
      <div class="visually-hidden" aria-live="polite">${this.step === 'outcome' ? this.outcomeTitle() : ''}</div>
    `;
  }

  private heading(level: number, text: string) {
    return html`<div class="step-heading" role="heading" aria-level=${level} tabindex="-1" part="heading">${text}</div>`;
  }

  private subheading(level: number, text: string) {
    return html`<div class="subheading" role="heading" aria-level=${Math.min(level + 1, 6)}>${text}</div>`;
  }

  private renderStart(level: number) {
    const n = this.number;
    return html`
      ${this.heading(level, msg('Check your back pain', { id: 'triage.start.heading' }))}
      <p>
        ${msg(
          'Answer a few short questions to find out if you need emergency help, should see a doctor, or can look after your back at home.',
          { id: 'triage.start.intro' },
        )}
      </p>
      <p>
        ${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}
        ${msg('Nothing you answer is saved or sent.', { id: 'triage.start.privacy' })}
      </p>
      <p class="urgent-note">
        ${this.kiosk
          ? msg(str`If you think it's an emergency, tell the front desk now, or call ${n}.`, { id: 'triage.start.emergency-kiosk' })
          : msg(str`If you think it's an emergency, call ${n} now.`, { id: 'triage.start.emergency' })}
      </p>
      <button type="button" class="primary" @click=${() => this.go('flags')}>${msg('Start', { id: 'triage.start' })}</button>
    `;
  }

  /** "Step 2 of 6": the red-flag checklist is step 1, then one step per question. */
  private progress(position: number) {
    const total = this.asked.length + 1;
    return html`
      <div class="progress" part="progress">
        <p>${msg(str`Step ${position} of ${total}`, { id: 'triage.progress' })}</p>
        <ol class="bar" aria-hidden="true">
          ${Array.from({ length: total }, (_, i) => html`<li class=${i < position ? 'done' : ''}></li>`)}
        </ol>
      </div>
    `;
  }

  /** A step's form: Enter or Next moves on, Back keeps the answers. */
  private form(content: TemplateResult) {
    return html`
      <form
        novalidate
        @submit=${(e: Event) => {
          e.preventDefault();
          this.next();
        }}
      >
        ${content}
        <div class="nav" part="nav">
          <button type="button" @click=${() => this.back()}>${msg('Back', { id: 'triage.back' })}</button>
          <button type="submit" class="primary">${msg('Next', { id: 'triage.next' })}</button>
        </div>
      </form>
    `;
  }

  private error(text: string) {
    return this.missing ? html`<p class="error" id="error" role="alert">${text}</p>` : nothing;
  }

  private renderFlags(level: number) {
    const ticked = this.answers.redFlags;
    return html`
      ${this.progress(1)} ${this.heading(level, msg('Just to be safe', { id: 'triage.flags.heading' }))}
      ${this.form(html`
        <fieldset aria-describedby=${this.missing ? 'error' : nothing}>
          <legend>${msg('Do you have any of these right now? Tick all that apply.', { id: 'flags.legend' })}</legend>
          ${this.error(
            msg('Tick the signs you have, or tick "None of these apply to me".', { id: 'triage.flags.missing' }),
          )}
          ${RED_FLAGS.map(
            (f) => html`
              <label class="option flag" part="option">
                <input
                  type="checkbox"
                  name="flag"
                  value=${f.id}
                  .checked=${ticked.includes(f.id)}
                  @change=${(e: Event) => this.toggleFlag(f.id, (e.target as HTMLInputElement).checked)}
                />
                <span>${f.text()}</span>
              </label>
            `,
          )}
          <p class="or">${msg('or', { id: 'triage.or' })}</p>
          <label class="option" part="option">
            <input
              type="checkbox"
              name="none"
              .checked=${this.noneApply}
              @change=${(e: Event) => this.toggleNone((e.target as HTMLInputElement).checked)}
            />
            <span>${msg('None of these apply to me', { id: 'triage.none' })}</span>
          </label>
        </fieldset>
      `)}
    `;
  }

  private renderQuestion(q: TriageQuestion, level: number) {
    const chosen = this.answers.questions[q.id];
    return html`
      ${this.progress(this.asked.indexOf(q) + 2)}
      ${this.form(html`
        <fieldset aria-describedby=${this.missing ? 'error' : nothing}>
          <legend>${this.heading(level, q.text())}</legend>
          ${this.error(msg('Choose an answer to go on.', { id: 'triage.question.missing' }))}
          ${q.choices.map(
            (c) => html`
              <label class="option" part="option">
                <input
                  type="radio"
                  name=${q.id}
                  value=${c.value}
                  .checked=${chosen === c.value}
                  @change=${() => this.choose(q.id, c.value)}
                />
                <span>${c.label()}</span>
              </label>
            `,
          )}
        </fieldset>
      `)}
    `;
  }

  private outcomeTitle(): string {
    switch (this.result?.disposition) {
      case 'emergency':
        return msg('Get emergency help now', { id: 'triage.emergency.heading' });
      case 'see-doctor':
        return msg('See a doctor about your back', { id: 'triage.doctor.heading' });
      default:
        return msg('Look after your back at home', { id: 'triage.self.heading' });
    }
  }

  private renderOutcome(result: TriageResult, level: number) {
    const body =
      result.disposition === 'emergency'
        ? this.renderEmergency(level)
        : result.disposition === 'see-doctor'
          ? this.renderSeeDoctor(level, result.reasons)
          : this.renderSelfCare(level);
    const date = longDate(this.clock.now());
    return html`
      <div class="outcome ${result.disposition}" part="outcome">
        ${this.heading(level, this.outcomeTitle())} ${body}
        ${result.disposition === 'emergency' ? nothing : this.renderAnswers(level)}
        <p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>
        <p class="fine print-only">${msg(str`Checked on ${date}`, { id: 'triage.date' })}</p>
        <div class="actions" part="actions">
          <button type="button" @click=${() => this.go('flags')}>${msg('Change my answers', { id: 'triage.change' })}</button>
          <button type="button" @click=${this.startAgain}>${msg('Start again', { id: 'triage.again' })}</button>
          ${this.kiosk
            ? nothing
            : html`<button type="button" @click=${() => window.print()}>${msg('Print', { id: 'triage.print' })}</button>`}
        </div>
      </div>
    `;
  }

  private startAgain = (): void => {
    this.reset();
    void this.focusAfterRender('.step-heading');
  };

  private flagList(ids: readonly string[]) {
    return html`<ul class="signs">
      ${RED_FLAGS.filter((f) => ids.includes(f.id)).map((f) => html`<li>${f.text()}</li>`)}
    </ul>`;
  }

  private renderEmergency(level: number) {
    return html`
      ${emergencyCta(this.number, this.kiosk, 'urgent')}
      ${this.subheading(level, msg('You told us:', { id: 'triage.told-us' }))} ${this.flagList(this.answers.redFlags)}
    `;
  }

  /** The warning signs, and the call to action: on every non-emergency outcome. */
  private warningSigns(level: number, heading: string) {
    return html`
      <section>
        ${this.subheading(level, heading)} ${this.flagList(RED_FLAGS.map((f) => f.id))}
        ${emergencyCta(this.number, this.kiosk, 'list')}
      </section>
    `;
  }

  private advice(items: readonly Advice[]) {
    return html`<ul class="advice">
      ${items.map((a) => html`<li><strong class="advice-title">${a.title()}</strong> ${a.text()}</li>`)}
    </ul>`;
  }

  private renderSeeDoctor(level: number, reasons: readonly string[]) {
    const unsure = new Set(
      TRIAGE_QUESTIONS.filter((q) => this.answers.questions[q.id] === 'not-sure').map((q) => q.reason as string),
    );
    return html`
      <p class="lead">
        ${msg('This does not look like an emergency, but a doctor should check your back.', { id: 'triage.doctor.intro' })}
      </p>
      <section class="why">
        ${this.subheading(level, msg('Why', { id: 'triage.doctor.why' }))}
        <ul>
          ${SEE_DOCTOR_REASONS.filter((r) => reasons.includes(r.id)).map(
            (r) => html`<li>
              ${r.why()}
              ${unsure.has(r.id)
                ? html`<span class="unsure">${msg('You were not sure, so we are playing it safe.', { id: 'triage.doctor.unsure' })}</span>`
                : nothing}
            </li>`,
          )}
        </ul>
      </section>
      <section>${this.subheading(level, msg('Make an appointment', { id: 'triage.doctor.book-heading' }))} ${this.booking()}</section>
      <section>
        ${this.subheading(level, msg('Until you see a doctor', { id: 'triage.doctor.meanwhile' }))}
        ${this.advice(HOME_CARE.filter((a) => a.essential))}
      </section>
      ${this.warningSigns(level, msg('Get emergency help instead if you have any of these', { id: 'triage.doctor.emergency' }))}
    `;
  }

  private booking() {
    if (this.kiosk) {
      return html`<p>${msg('Ask at the front desk about an appointment.', { id: 'triage.doctor.kiosk' })}</p>`;
    }
    const { bookingHref: url, phone } = this;
    const name = this.clinicName?.trim() || msg('the clinic', { id: 'triage.the-clinic' });
    if (!url && !phone) {
      return html`<p>${msg('Make an appointment to see a doctor, for example your family doctor.', { id: 'triage.doctor.no-booking' })}</p>`;
    }
    return html`
      <div class="book-links">
        ${url ? html`<a class="button primary book" part="book" href=${url}>${msg('Book an appointment', { id: 'triage.book' })}</a>` : nothing}
        ${phone ? html`<a class="button phone" href=${telHref(phone)}>${msg(str`Call ${name} on ${phone}`, { id: 'triage.call-clinic' })}</a>` : nothing}
      </div>
    `;
  }

  private renderSelfCare(level: number) {
    const watch = SEE_DOCTOR_REASONS.filter((r) => r.watchFor);
    return html`
      <p class="lead">
        ${msg('From your answers, you can start by looking after your back at home.', { id: 'triage.self.intro' })}
      </p>
      <section>
        ${this.subheading(level, msg('Your home-care plan', { id: 'triage.self.plan' }))} ${this.advice(HOME_CARE)}
      </section>
      <section>
        ${this.subheading(level, msg('When to see a doctor', { id: 'triage.self.doctor' }))}
        <p>${msg('Make an appointment with a doctor if:', { id: 'triage.self.doctor-if' })}</p>
        <ul>
          ${watch.map((r) => html`<li>${r.watchFor!()}</li>`)}
        </ul>
      </section>
      ${this.warningSigns(level, msg('When to get emergency help', { id: 'triage.self.emergency' }))}
    `;
  }

  /** What the patient answered, for the screen and the printout. */
  private renderAnswers(level: number) {
    const given = answersGiven(TRIAGE_QUESTIONS, this.answers).questions;
    return html`
      <section class="answers">
        ${this.subheading(level, msg('Your answers', { id: 'triage.answers' }))}
        <dl>
          <dt>${msg('Emergency warning signs', { id: 'flags.heading' })}</dt>
          <dd>${msg('None of these apply to me', { id: 'triage.none' })}</dd>
          ${TRIAGE_QUESTIONS.filter((q) => given[q.id] !== undefined).map(
            (q) => html`<dt>${q.text()}</dt>
              <dd>${q.choices.find((c) => c.value === given[q.id])?.label()}</dd>`,
          )}
        </dl>
      </section>
    `;
  }
}

define('spasm-triage', SpasmTriage);

declare global {
  interface HTMLElementTagNameMap {
    'spasm-triage': SpasmTriage;
  }
}
