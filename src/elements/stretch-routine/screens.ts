import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { warningSigns } from '../shared/warning-signs.js';

const notDiagnosis = () =>
  html`<p class="fine">${msg('This is general information, not a diagnosis.', { id: 'common.not-diagnosis' })}</p>`;

export interface IntroOptions {
  number: string;
  kiosk: boolean;
  /** Show "I am pregnant" (not when the page already said so). */
  askPregnant: boolean;
  saysPregnant: boolean;
  /** Pregnant, by the page or the patient. */
  pregnant: boolean;
  /** The routine had a press-up, now left out. */
  skipsPressUp: boolean;
  onPregnant: (on: boolean) => void;
  onBegin: () => void;
}

/**
 * Before the first stretch (CONTENT.md §12): the signs that mean get help
 * instead, who should ask a clinician first, the floor, and pregnancy.
 */
export function introScreen(o: IntroOptions) {
  return html`
    <h2 class="heading" part="heading" tabindex="-1">${msg('Before you start', { id: 'routine.intro.heading' })}</h2>
    <p class="caution" part="intro-signs">
      ${msg('Do not stretch if you have any of the warning signs below: get medical help first.', { id: 'routine.intro.signs' })}
    </p>
    <details part="warning-signs">
      <summary>${msg('Warning signs', { id: 'routine.intro.signs-summary' })}</summary>
      ${warningSigns({ number: o.number, kiosk: o.kiosk, urgent: true, headingLevel: 3 })}
    </details>
    <h3>${msg('Ask a doctor, nurse or physiotherapist before you start if you:', { id: 'routine.intro.ask-first' })}</h3>
    <ul class="advice" part="ask-first">
      <li>${msg('have had surgery on your back, hip or knee recently', { id: 'routine.intro.surgery' })}</li>
      <li>${msg('have, or might have, a broken bone in your spine', { id: 'routine.intro.fracture' })}</li>
      <li>${msg('have osteoporosis (thin bones): some of these stretches bend forward', { id: 'routine.intro.osteoporosis' })}</li>
    </ul>
    <p part="floor">
      ${msg('If getting down to the floor and up again is hard, use a bed, or a mat beside a sturdy chair to hold on to.', {
        id: 'routine.intro.floor',
      })}
    </p>
    ${o.askPregnant
      ? html`<label class="option pregnant">
          <input type="checkbox" .checked=${o.saysPregnant} @change=${(e: Event) => o.onPregnant((e.target as HTMLInputElement).checked)} />
          <span>${msg('I am pregnant', { id: 'routine.intro.pregnant' })}</span>
        </label>`
      : nothing}
    ${o.pregnant
      ? html`<p class="note" part="pregnant-note">
          ${o.skipsPressUp
            ? msg('Pregnant: we leave out the press-up on your stomach and keep the stretches on your back short.', {
                id: 'routine.intro.pregnant-note',
              })
            : msg('Pregnant: we keep the stretches on your back short.', { id: 'routine.intro.pregnant-back' })}
          ${onBackNote()}
        </p>`
      : nothing}
    <button type="button" class="primary" part="begin-button" @click=${o.onBegin}>
      ${msg('Start the stretches', { id: 'routine.intro.begin' })}
    </button>
    ${notDiagnosis()}
  `;
}

/** NHS-PREG, as CONTENT.md §12 puts it. */
export const onBackNote = () => msg('After about 16 weeks, do not lie flat on your back for long.', { id: 'routine.intro.pregnant-16' });

/** After "Stop: this hurts": what to do now, and the warning signs (§6 and §7). */
export function painScreen(o: { number: string; kiosk: boolean; onRestart: () => void }) {
  return html`
    <h2 class="heading" part="heading" tabindex="-1">${msg('Stop stretching for now', { id: 'routine.pain.heading' })}</h2>
    <p>
      ${msg('A stretch should never push into sharp pain, or make pain, tingling or numbness spread down a leg. Stop and rest.', {
        id: 'routine.pain.intro-spread',
      })}
    </p>
    <h3>${msg('What to do now', { id: 'routine.pain.todo' })}</h3>
    <ul class="advice" part="advice">
      <li>
        ${msg('Rest in a position that feels comfortable: on your back with a pillow under your knees, on your side with a pillow between your knees, or sitting back with your knees supported.', { id: 'routine.pain.rest' })}
      </li>
      <li>${msg('Ice or heat may ease the pain, 10 to 20 minutes at a time.', { id: 'routine.pain.ice-heat' })}</li>
      <li>
        ${msg('In the first days, use ice wrapped in a thin cloth, never on bare skin. After that, use heat, like a warm shower or a heating pad. Never fall asleep on a heating pad.', { id: 'routine.pain.which' })}
      </li>
      <li>${msg('See a doctor if the pain is still bad after a few days, or keeps coming back.', { id: 'routine.pain.doctor' })}</li>
    </ul>
    ${warningSigns({ number: o.number, kiosk: o.kiosk, urgent: true, headingLevel: 3 })}
    <button type="button" @click=${o.onRestart}>${msg('Back to the start', { id: 'routine.restart' })}</button>
    ${notDiagnosis()}
  `;
}
