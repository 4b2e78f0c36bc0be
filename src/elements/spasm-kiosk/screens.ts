import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { secondsLong, timeOfDay } from '../../core/format.js';
import { localeDir, ltr } from '../../core/bidi.js';
import { getLocale, localeName, locales, setLocale, translationIn } from '../../core/localization.js';
import type { AlertLevel } from '../../logic/kiosk-alert.js';
import type { HostedWidget } from './widgets.js';

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

/** "Tap to start" in the current language, then in each of the others, under the clinic's name. */
export function attractScreen(heading: string, onStart: () => void) {
  const current = getLocale();
  const others = locales.filter((l) => l !== current);
  return html`
    <main class="attract" part="attract">
      <slot name="logo"></slot>
      <h1 class="clinic"><bdi>${heading}</bdi></h1>
      <button type="button" class="primary start" part="start" @click=${onStart}>
        <span lang=${current} dir=${localeDir(current)}>${msg('Tap to start', { id: 'kiosk.tap' })}</span>
        ${others.map((l) => html`<span class="other" lang=${l} dir=${localeDir(l)}>${translationIn(l, 'kiosk.tap') ?? 'Tap to start'}</span>`)}
      </button>
      ${languagePicker(true)}
    </main>
  `;
}

/** What the idle warning shows and what its buttons do; the kiosk opens and closes the dialog. */
export interface IdleWarning {
  secondsLeft: number;
  /** Say to take a heat or ice pack off first. */
  packOn: boolean;
  onStillHere: () => void;
  onFinish: () => void;
  onCancel: (e: Event) => void;
}

export function idleDialog(w: IdleWarning) {
  // "…will clear in 30 seconds", the seconds in words through Intl (so every language's plural forms are right).
  const left = secondsLong(w.secondsLeft);
  return html`
    <dialog part="dialog" aria-labelledby="idle-title" aria-describedby="idle-text" @cancel=${w.onCancel}>
      <h2 id="idle-title">${msg('Are you still there?', { id: 'kiosk.idle-title' })}</h2>
      <div id="idle-text">
        ${w.packOn ? html`<p class="pack">${msg('Take the ice or heat pack off your skin first.', { id: 'kiosk.idle-pack' })}</p>` : nothing}
        <p>${msg(str`To keep your answers private, this screen will clear in ${left}.`, { id: 'kiosk.idle-text-v2' })}</p>
      </div>
      <div class="actions">
        <button type="button" class="primary still-here" autofocus @click=${w.onStillHere}>
          ${msg("I'm still here", { id: 'kiosk.still-here' })}
        </button>
        <button type="button" @click=${w.onFinish}>${msg('Finish and clear', { id: 'kiosk.finish-now' })}</button>
      </div>
    </dialog>
  `;
}

/** What the top bar shows and what its buttons do. */
export interface TopBar {
  /** The kiosk's h1. */
  heading: string;
  menuOpen: boolean;
  atHome: boolean;
  onKeydown: (e: KeyboardEvent) => void;
  onMenu: () => void;
  onHome: () => void;
  onFinish: () => void;
}

/** The bar over every screen a patient uses: the clinic, Home, languages and Finish (behind Menu when they do not fit). */
export function topBar(b: TopBar) {
  return html`
    <header class="bar" part="bar" @keydown=${b.onKeydown}>
      <h1 class="name" title=${b.heading}><bdi>${b.heading}</bdi></h1>
      <button
        type="button"
        class="menu"
        part="menu"
        aria-expanded=${b.menuOpen ? 'true' : 'false'}
        aria-controls="bar-controls"
        @click=${b.onMenu}
      >
        ${msg('Menu', { id: 'kiosk.menu' })}
      </button>
      <div class="controls ${b.menuOpen ? 'open' : ''}" id="bar-controls">
        <button type="button" @click=${b.onHome} ?disabled=${b.atHome}>
          ${msg('Home', { id: 'kiosk.home' })}
        </button>
        ${languagePicker(b.menuOpen)}
        <button type="button" class="finish" @click=${b.onFinish}>${msg('Finish', { id: 'kiosk.finish' })}</button>
      </div>
    </header>
  `;
}

/** The home screen: a large tile for each widget offered. */
export function homeSection(shown: boolean, offered: readonly HostedWidget[], onOpen: (w: HostedWidget) => void) {
  return html`
    <section ?hidden=${!shown} aria-labelledby="home-heading">
      <h2 id="home-heading" tabindex="-1">${msg('How can we help?', { id: 'kiosk.home-heading' })}</h2>
      <ul class="tiles" part="tiles">
        ${offered.map(
          (w) => html`
            <li>
              <button type="button" class="tile" part="tile" @click=${() => onOpen(w)}>
                <span>${w.title()}</span>
                <span class="blurb">${w.blurb()}</span>
              </button>
            </li>
          `,
        )}
      </ul>
    </section>
  `;
}
