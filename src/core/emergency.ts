import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { phoneNumber, telHref } from './attributes.js';
import { ltr } from './bidi.js';

/** Parser for every element's `emergency-number` attribute (default 911). */
export const emergencyNumber = phoneNumber('911');

/**
 * What to do now, in words: `list` when the signs are shown for reading,
 * `urgent` once the patient has said one applies. Kiosk wording sends them to
 * the front desk, since a tablet cannot call.
 */
export function emergencyText(dial: string, kiosk: boolean, variant: 'list' | 'urgent'): string {
  const number = ltr(dial);
  if (kiosk) return msg(str`Tell the front desk now, or call ${number}.`, { id: 'cta.kiosk' });
  return variant === 'urgent'
    ? msg(str`Call ${number} or go to the nearest emergency department now.`, { id: 'cta.checked' })
    : msg(str`If you have any of these, call ${number} or go to the nearest emergency department now.`, { id: 'cta.list' });
}

/**
 * The emergency call to action: the words, and a tel: button except in kiosk
 * mode. Its text takes focus (tabindex -1) when a widget moves focus to it.
 */
export function emergencyCta(number: string, kiosk: boolean, variant: 'list' | 'urgent') {
  return html`
    <div class="cta" part="cta">
      <p class="cta-text" tabindex="-1">${emergencyText(number, kiosk, variant)}</p>
      ${kiosk
        ? nothing
        : html`<a class="button call" part="call" href=${telHref(number)}>${callLabel(number)}</a>`}
    </div>
  `;
}

/** "Call 911": the words on a tel: button. */
export function callLabel(dial: string): string {
  const number = ltr(dial);
  return msg(str`Call ${number}`, { id: 'cta.call' });
}

export const emergencyStyles = css`
  .cta {
    margin-top: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_emergency);
    color: var(--_on-emergency);
  }
  .cta-text {
    margin: 0 0 0.75em;
    font-size: 1.15em;
    font-weight: 700;
  }
  .cta-text:last-child {
    margin-bottom: 0;
  }
  :host([kiosk]) .cta-text {
    font-size: 1.5em;
  }
  .call {
    width: 100%;
    max-width: 22em;
    border-color: var(--_on-emergency);
    background: var(--_on-emergency);
    color: var(--_emergency);
    font-size: 1.15em;
  }
  /* On the red panel the ring is in the text colour (the call button on a care card keeps the usual one). */
  .cta :focus {
    outline-color: var(--_on-emergency);
  }
  @media (forced-colors: active) {
    .cta {
      border: 3px solid CanvasText;
    }
  }
  @media print {
    .call {
      display: none;
    }
  }
`;
