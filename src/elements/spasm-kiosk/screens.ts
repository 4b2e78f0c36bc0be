import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { timeOfDay } from '../../core/format.js';
import { localeDir, ltr } from '../../core/bidi.js';
import { getLocale, localeName, locales, setLocale } from '../../core/localization.js';
import type { AlertLevel } from '../../logic/kiosk-alert.js';

/** What the staff screen reports: the outcome left on the kiosk, and when it first appeared. */
export interface KioskAlert {
  disposition: AlertLevel;
  at: number;
}

/**
 * The screen left for staff after a walk-away emergency or urgent outcome.
 * Only its button clears it, so a stray tap cannot.
 */
export function staffScreen({ disposition, at }: KioskAlert, dial: string, onClear: () => void) {
  const time = timeOfDay(at);
  const emergencyNumber = ltr(dial);
  return html`
    <main class="staff" part="staff">
      <div class="staff-alert">
        <h1 id="staff-title" tabindex="-1">
          ${disposition === 'emergency'
            ? msg(str`A patient was told to get emergency help at ${time}.`, { id: 'kiosk.staff-emergency' })
            : msg(str`A patient was told to get urgent medical help today, at ${time}.`, { id: 'kiosk.staff-urgent' })}
        </h1>
        <p>${msg('Please find them and check on them. Their answers have been cleared.', { id: 'kiosk.staff-check' })}</p>
        <p class="number">${msg(str`Emergency number: ${emergencyNumber}`, { id: 'kiosk.staff-number' })}</p>
      </div>
      <button type="button" class="primary clear" @click=${onClear}>
        ${msg('Staff: clear this message', { id: 'kiosk.staff-clear' })}
      </button>
    </main>
  `;
}

/** The language buttons; the flex container is an inner div (WebKit will not flex a fieldset with a legend). */
export function languagePicker(showLegend: boolean) {
  const current = getLocale();
  return html`
    <fieldset class="languages">
      <legend class=${showLegend ? '' : 'visually-hidden'}>${msg('Language', { id: 'kiosk.language' })}</legend>
      <div class="choices">
        ${locales.map(
          (l) => html`
            <button type="button" lang=${l} dir=${localeDir(l)} aria-pressed=${l === current ? 'true' : 'false'} @click=${() => setLocale(l)}>
              ${localeName(l)}
            </button>
          `,
        )}
      </div>
    </fieldset>
  `;
}
