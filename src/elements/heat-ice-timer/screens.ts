import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { SAFETY_CHECKS, type SafetyCheckId } from '../../content/heat-ice.js';
import type { SwellingAnswer, Treatment } from '../../logic/heat-ice.js';

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
