import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { ltr } from '../../core/bidi.js';
import { count } from '../../core/format.js';
import { NOT_SURE, YES, type ChecklistItem, type TriageStep } from '../../content/triage.js';

/** What every question screen needs to know; the element builds it. */
export interface StepView {
  /** The step heading's level. */
  level: number;
  answers: Readonly<Record<string, string>>;
  /** The steps still to ask, for "Step 2 of 9". */
  steps: readonly TriageStep[];
  /** A step was sent on without an answer. */
  missing: boolean;
  onBack: () => void;
}

/** What a checklist's buttons and boxes do. */
export interface ChecklistActions {
  onTick: (item: ChecklistItem, value: string, on: boolean) => void;
  onNext: () => void;
  onNone: () => void;
  onUnsure: () => void;
}

/** A step's heading: focus goes to it when the patient moves on, so it takes tabindex="-1". */
function stepHeading(level: number, text: string) {
  return html`<div class="step-heading" role="heading" aria-level=${level} tabindex="-1" part="heading">${text}</div>`;
}

export function startScreen(level: number, dial: string, kiosk: boolean, onStart: () => void) {
  const n = ltr(dial);
  return html`
    ${stepHeading(level, msg('Check your back pain', { id: 'triage.start.heading' }))}
    <p>
      ${msg(
        'Answer a few short questions to find out how soon you need help: emergency help now, help today, a doctor in the next days, or care at home.',
        { id: 'triage.start.intro-v2' },
      )}
    </p>
    <p>
      ${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}
      ${msg('Nothing you answer is saved or sent.', { id: 'triage.start.privacy' })}
    </p>
    <p class="urgent-note">
      ${kiosk
        ? msg(str`If you think it's an emergency, tell the front desk now, or call ${n}.`, { id: 'triage.start.emergency-kiosk' })
        : msg(str`If you think it's an emergency, call ${n} now.`, { id: 'triage.start.emergency' })}
    </p>
    <button type="button" class="primary" @click=${onStart}>
      ${msg('Start', { id: 'triage.start' })}
    </button>
  `;
}

/** "Step 2 of 9": the position among the steps still to ask (a follow-up keeps its step's number). */
function progress(steps: readonly TriageStep[], stepId: string) {
  const at = steps.findIndex((s) => s.id === stepId) + 1;
  const position = count(at);
  const total = count(steps.length);
  return html`
    <div class="progress" part="progress">
      <p>${msg(str`Step ${position} of ${total}`, { id: 'triage.progress' })}</p>
      <ol class="bar" aria-hidden="true">
        ${steps.map((_, i) => html`<li class=${i < at ? 'done' : ''}></li>`)}
      </ol>
    </div>
  `;
}

function error(missing: boolean, text: string) {
  return missing
    ? html`<p class="error" id="error" role="alert">
        <strong>${msg('Error:', { id: 'common.error' })}</strong> ${text}
      </p>`
    : nothing;
}

const backButton = (v: StepView) => html`<button type="button" @click=${v.onBack}>${msg('Back', { id: 'triage.back' })}</button>`;

/** One question, one tap: each answer is a button that moves on. */
export function choiceScreen(step: TriageStep, v: StepView, onChoose: (value: string) => void) {
  const chosen = v.answers[step.id];
  return html`
    ${progress(v.steps, step.id)}
    <fieldset class="question">
      <legend>${stepHeading(v.level, step.legend())}</legend>
      <div class="choices">
        ${step.options!.map(
          (o) => html`
            <button
              type="button"
              class="choice"
              part="choice"
              aria-pressed=${chosen === o.value ? 'true' : 'false'}
              @click=${() => onChoose(o.value)}
            >
              ${o.label()}
            </button>
          `,
        )}
      </div>
    </fieldset>
    <div class="nav" part="nav">${backButton(v)}</div>
  `;
}

/**
 * A checklist of signs (`all`: the items asked), or its follow-up (`unsure`):
 * which of the signs not ticked the patient is not sure about.
 */
export function checklistScreen(step: TriageStep, all: readonly ChecklistItem[], unsure: boolean, v: StepView, on: ChecklistActions) {
  const { answers, missing } = v;
  // The follow-up asks only about the signs not already ticked.
  const items = unsure ? all.filter((i) => answers[i.id] !== YES) : all;
  const value = unsure ? NOT_SURE : YES;
  const unsureOnes = unsure ? [] : all.filter((i) => answers[i.id] === NOT_SURE);
  const legend = unsure ? msg('Which of these are you not sure about? Tick each one.', { id: 'triage.unsure.legend' }) : step.legend();
  return html`
    ${progress(v.steps, step.id)} ${stepHeading(v.level, step.title())}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        on.onNext();
      }}
    >
      <fieldset aria-describedby=${missing ? 'error' : nothing}>
        <legend>${legend}</legend>
        ${error(
          missing,
          unsure
            ? msg('Tick the ones you are not sure about, or go back.', { id: 'triage.unsure.missing' })
            : msg('Tick the ones you have had, or choose "None of these".', { id: 'triage.signs.missing' }),
        )}
        ${items.map(
          (i) => html`
            <label class="option ${step.id === 'emergency-signs' ? 'flag' : ''}" part="option">
              <input
                type="checkbox"
                name=${i.id}
                aria-invalid=${missing ? 'true' : 'false'}
                .checked=${answers[i.id] === value}
                @change=${(e: Event) => on.onTick(i, value, (e.target as HTMLInputElement).checked)}
              />
              <span>${i.text()}</span>
            </label>
          `,
        )}
      </fieldset>
      ${unsureOnes.length
        ? html`<p class="note">
            ${msg('You said you are not sure about:', { id: 'triage.unsure.said' })}
            ${unsureOnes.map((i) => i.text()).join('; ')}
          </p>`
        : nothing}
      <div class="nav" part="nav">
        <button type="submit" class="primary">${msg('Next', { id: 'triage.next' })}</button>
        ${unsure
          ? nothing
          : html`<button type="button" class="none" @click=${on.onNone}>
                ${msg('None of these', { id: 'triage.none' })}
              </button>
              <button type="button" class="not-sure" @click=${on.onUnsure}>
                ${msg("I'm not sure about some", { id: 'triage.not-sure-some' })}
              </button>`}
        ${backButton(v)}
      </div>
    </form>
  `;
}
