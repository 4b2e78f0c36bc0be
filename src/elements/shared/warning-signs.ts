import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { emergencyCta, emergencyStyles } from '../../core/emergency.js';
import { EMERGENCY_SIGNS, URGENT_SIGNS, type Sign } from '../../content/red-flags.js';

/** A plain list of signs, as every element shows them. */
export const signList = (signs: readonly Sign[], part = 'signs') =>
  html`<ul class="signs" part=${part}>
    ${signs.map((s) => html`<li>${s.text()}</li>`)}
  </ul>`;

export interface WarningSignsOptions {
  number: string;
  kiosk: boolean;
  /** Also list the get-help-today signs of CONTENT.md §7. */
  urgent?: boolean;
  /** The level of the two group headings, when they are headings. */
  headingLevel?: number;
}

const groupTitle = (text: string, level: number | undefined) =>
  level
    ? html`<div class="signs-title" role="heading" aria-level=${Math.min(6, level)}>${text}</div>`
    : html`<p class="signs-title">${text}</p>`;

/**
 * The warning signs with what to do about them: the §6 signs and the
 * emergency call to action, then (optionally) the §7 signs and "get help
 * today". Shown wherever an element gives self-care advice.
 */
export function warningSigns({ number, kiosk, urgent = false, headingLevel }: WarningSignsOptions) {
  return html`
    <div class="warning-signs">
      ${groupTitle(msg('Call for emergency help now if you have any of these', { id: 'signs.emergency-title' }), headingLevel)}
      ${signList(EMERGENCY_SIGNS)} ${emergencyCta(number, kiosk, 'list')}
      ${urgent
        ? html`${groupTitle(msg('Get medical help today if you have any of these', { id: 'signs.urgent-title' }), headingLevel)}
            ${signList(URGENT_SIGNS, 'urgent-signs')}
            <p class="urgent-cta" part="urgent-cta">${urgentText(kiosk)}</p>`
        : nothing}
    </div>
  `;
}

/** What the get-help-today level says to do, in one sentence. */
export function urgentText(kiosk: boolean): string {
  return kiosk
    ? msg('Tell the front desk now that you need to be seen today.', { id: 'signs.urgent-kiosk' })
    : msg(
        "Call your doctor's office now and say it is urgent, or go to an urgent care centre today. If you cannot be seen today, go to an emergency department.",
        { id: 'signs.urgent-cta' },
      );
}

export const warningSignsStyles = [
  emergencyStyles,
  css`
    .signs-title {
      display: block;
      margin: var(--_space) 0 0.5em;
      font-size: 1.05em;
      font-weight: 700;
    }
    .signs {
      padding-inline-start: 1.25em;
    }
    .signs li {
      margin-block: 0.35em;
    }
    .signs li::marker {
      color: var(--_emergency-text);
    }
    .urgent-cta {
      padding: 0.75em;
      border-inline-start: 6px solid var(--_urgent);
      border-radius: var(--_radius);
      background: var(--_subtle);
      font-weight: 700;
    }
    /* The disclosure that holds the warning signs under a timer or a routine. */
    details {
      margin-top: var(--_space);
    }
    summary {
      display: flex;
      align-items: center;
      min-height: var(--_target);
      color: var(--_primary);
      font-weight: 600;
      cursor: pointer;
    }
    summary::before {
      content: '▸';
      margin-inline-end: 0.5em;
    }
    details[open] > summary::before {
      content: '▾';
    }
    :host([dir='rtl']) summary::before {
      content: '◂';
    }
  `,
];
