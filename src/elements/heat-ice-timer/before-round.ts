import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { ONSET_ANSWERS, SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import { days, hours, minutes } from '../../core/format.js';
import type { Advice, SwellingAnswer, Treatment } from '../../logic/heat-ice.js';

// The pieces of the screen before a round, which the element puts together:
// the onset question, the advice, the ice / heat choice and the swelling
// question it may raise, the day's checklist and Start.

/**
 * The safety checklist before the first round of the day (CONTENT.md §3,
 * §11), with the skin tips under it.
 */
export function safetyChecks(ticked: readonly SafetyCheckId[], error: boolean, onTick: (id: SafetyCheckId, on: boolean) => void) {
  return html`
    <fieldset class="checks" part="safety" aria-describedby=${error ? 'check-error' : nothing}>
      <legend>${msg('Before your first round today, tick each one:', { id: 'timer.checks' })}</legend>
      ${SAFETY_CHECKS.map(
        (c) => html`
          <label class="check">
            <input
              type="checkbox"
              aria-invalid=${error && !ticked.includes(c.id) ? 'true' : 'false'}
              .checked=${ticked.includes(c.id)}
              @change=${(e: Event) => onTick(c.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${c.text()}</span>
          </label>
        `,
      )}
      <p class="muted">
        ${msg('If one of these is not true for you, do not use ice or heat there.', { id: 'timer.checks.not-true' })}
      </p>
      ${error
        ? html`<p id="check-error" class="error" role="alert">
            <strong>${msg('Error:', { id: 'common.error' })}</strong>
            ${msg('Please tick every one before you start.', { id: 'timer.checks.error-all' })}
          </p>`
        : nothing}
    </fieldset>
    <ul class="tips" part="tips">
      <li>${msg("Children's and older people's skin burns more easily: check it more often.", { id: 'timer.tip.thin-skin' })}</li>
      <li>${msg('If you are pregnant, do not put a heat pack on your bump, and do not take very hot baths.', { id: 'timer.tip.pregnant' })}</li>
    </ul>
  `;
}

/** "Is the sore area swollen?", asked when heat is picked while ice is still usual. */
export function swellingQuestion(onAnswer: (a: SwellingAnswer) => void) {
  return html`
    <fieldset class="ask" part="swelling">
      <legend>${msg('Is the sore area swollen?', { id: 'timer.swelling.question' })}</legend>
      <p class="muted">${msg('In the first days, heat is only for an area that is not swollen.', { id: 'timer.swelling.why' })}</p>
      <div class="answers">
        <button type="button" @click=${() => onAnswer('yes')}>${msg('Yes', { id: 'timer.swelling.yes' })}</button>
        <button type="button" @click=${() => onAnswer('no')}>${msg('No', { id: 'timer.swelling.no' })}</button>
        <button type="button" @click=${() => onAnswer('not-sure')}>${msg('Not sure', { id: 'timer.swelling.not-sure' })}</button>
      </div>
    </fieldset>
  `;
}

/** After "yes" or "not sure": why ice is back (picking heat again asks again). */
export function swellingAnswer(answer: 'yes' | 'not-sure', mode: Treatment) {
  if (mode !== 'ice') return nothing;
  return html`<p class="swelling-answer notice" tabindex="-1">
    ${answer === 'yes'
      ? msg('Use ice for now: heat is only for an area that is not swollen.', { id: 'timer.swelling.use-ice' })
      : msg('If you are not sure, use ice for now: heat is only for an area that is not swollen.', {
          id: 'timer.swelling.unsure-ice',
        })}
  </p>`;
}

/** Why ice or heat is suggested, and a way to change the answer it came from. */
export function adviceBox(advice: Advice, iceHours: number, onChangeAnswer: () => void) {
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
        ? html`<button type="button" class="link" @click=${onChangeAnswer}>
            ${msg('Change my answer', { id: 'timer.onset.change' })}
          </button>`
        : nothing}
    </div>
  `;
}

/** "When did the pain start?", asked when the page gave no onset. */
export function onsetQuestion(onAnswer: (hoursAgo: number) => void) {
  return html`
    <fieldset class="ask" part="onset-question">
      <legend>${msg('When did the pain start?', { id: 'timer.onset.question' })}</legend>
      <div class="answers">
        ${ONSET_ANSWERS.map((a) => html`<button type="button" @click=${() => onAnswer(a.hours)}>${a.text()}</button>`)}
      </div>
    </fieldset>
  `;
}

/** The ice / heat choice for this round. */
export function treatmentSwitch(checked: Treatment, onPick: (t: Treatment) => void) {
  return html`
    <fieldset class="switch" part="switch">
      <legend>${msg('For this round, use:', { id: 'timer.switch' })}</legend>
      ${(['ice', 'heat'] as const).map(
        (t) => html`
          <label class="option ${t}">
            <input type="radio" name="treatment" value=${t} .checked=${checked === t} @change=${() => onPick(t)} />
            <span>${t === 'ice' ? msg('Ice', { id: 'timer.ice' }) : msg('Heat', { id: 'timer.heat' })}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

/** The checklist (when due), Start, and the rest that follows a round. */
export function startBlock(mode: Treatment, roundMinutes: number, restMinutes: number, o: { checks: unknown; onStart: () => void }) {
  const length = minutes(roundMinutes);
  const rest = minutes(restMinutes);
  return html`
    ${o.checks}
    <button type="button" class="primary wide" part="start-button" @click=${o.onStart}>
      ${mode === 'ice'
        ? msg(str`Start ${length} of ice`, { id: 'timer.start-ice' })
        : msg(str`Start ${length} of heat`, { id: 'timer.start-heat' })}
    </button>
    <p class="note">${msg(str`Afterwards, rest your skin for ${rest} before the next round.`, { id: 'timer.rest-note' })}</p>
  `;
}
