import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { flag, idList, numberInRange } from '../../core/attributes.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { getLocale, localeName, locales, pageLocale, setLocale, translationIn } from '../../core/localization.js';
import { Settings } from '../../core/settings.js';
import { browserStorage, clearLibraryStorage } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { Ticker } from '../../core/ticker.js';
import { idlePhase, noteActivity, pauseIdle, resumeIdle, startIdle } from '../../logic/idle.js';
import { styles } from './styles.js';
import { WIDGET_NAMES, WIDGETS, type HostedWidget, type WidgetName } from './widgets.js';

/** How long the "Are you still there?" warning counts down (WCAG 2.2.1 asks for at least 20 s). */
export const WARNING_MS = 30_000;
const CHECK_EVERY_MS = 250;
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const widgetList = idList<WidgetName>(WIDGET_NAMES);
const idleSecondsRange = numberInRange(30, 600, 90);

type Screen = 'attract' | 'home' | WidgetName;

/**
 * A kiosk shell for a waiting-room tablet: an attract screen, a home screen of
 * large tiles for the widgets, a language picker, and a privacy reset between
 * patients, on demand ("Finish") or after an idle warning.
 *
 * @tagname spasm-kiosk
 * @fires spasm-kiosk-reset - The kiosk forgot everything and went back to the attract screen. detail: `{ reason: 'idle' | 'user' }`.
 * @slot logo - The clinic's logo, shown on the attract screen.
 * @csspart attract - The attract screen.
 * @csspart start - The big "Tap to start" button.
 * @csspart bar - The top bar with Home, languages and Finish.
 * @csspart tiles - The home screen's list of tiles.
 * @csspart tile - One tile.
 * @csspart dialog - The idle warning.
 * @cssprop [--spasm-color-primary=#0b5cad] - Buttons and tiles.
 * @cssprop [--spasm-color-surface=#ffffff] - Background.
 * @cssprop [--spasm-font-size=20px] - Base text size.
 * @cssprop [--spasm-touch-target=48px] - Smallest size of a control.
 */
export class SpasmKiosk extends SpasmElement {
  static override styles = [theme, styles];

  static override properties = {
    clinicName: { attribute: 'clinic-name' },
    widgets: {},
    idleSeconds: { attribute: 'idle-seconds' },
    fullscreen: { type: Boolean },
    emergencyNumber: { attribute: 'emergency-number' },
    clinicPhone: { attribute: 'clinic-phone' },
    screen: { reflect: true },
    warningSeconds: { state: true, attribute: false },
  };

  /** The clinic's name on the attract screen and the top bar. */
  clinicName = '';
  /** Comma-separated widgets to offer, in order: `triage`, `timer`, `stretches`, `red-flags`. Default all. */
  widgets = WIDGET_NAMES.join(',');
  /** Seconds without a touch, key or pointer move before the idle warning, 30–600 (a number or its text). Default `90`. */
  idleSeconds: number | string = 90;
  /** Ask for full screen on the first tap (quietly carries on where the browser refuses). */
  fullscreen: boolean | string = false;
  /** Passed to the widgets: the number to call. Default `911`. */
  emergencyNumber: string | number = '911';
  /** Passed to the triage: the clinic's phone number, shown with "see a doctor" advice. */
  clinicPhone = '';
  /** Reflected: `attract`, `home`, or the name of the widget on screen. */
  screen: Screen = 'attract';

  /**
   * Where time comes from; tests pass a fake. The default follows the
   * monotonic clock, so setting the tablet's clock back cannot hold off the
   * privacy reset (see core/clock.ts for how it treats sleep).
   */
  clock: Clock = steadyClock;

  private warningSeconds: number | null = null;
  private hosted = new Map<WidgetName, HTMLElement>();
  private idle = startIdle(this.clock.now());
  private readonly settings = new Settings(this, {
    widgets: { attribute: 'widgets', raw: () => this.widgets, parse: widgetList },
    idleSeconds: { attribute: 'idle-seconds', raw: () => this.idleSeconds, parse: idleSecondsRange },
    emergencyNumber: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
    fullscreen: { attribute: 'fullscreen', raw: () => this.fullscreen, parse: flag(false) },
  });
  private readonly focusGuard = new FocusGuard(this);

  private readonly onActivity = () => {
    this.idle = noteActivity(this.idle, this.clock.now());
  };

  private readonly onContextMenu = (e: Event) => {
    const target = e.composedPath()[0] as Element | undefined;
    if (target?.closest?.('button, a, label, input, select, [role=button]')) e.preventDefault();
  };

  constructor() {
    super();
    this.kiosk = true;
    for (const type of ACTIVITY) this.addEventListener(type, this.onActivity, { capture: true, passive: true });
    this.addEventListener('contextmenu', this.onContextMenu);
    // Checks idle time while on the page; put back after a move, it carries on.
    new Ticker(this, () => true, CHECK_EVERY_MS, () => this.checkIdle());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.idle = startIdle(this.clock.now());
  }

  /** Forgets everything, as between two patients, and shows the attract screen. */
  reset(): void {
    this.resetFor('user');
  }

  /**
   * The patient's "Finish" (focus goes to "Tap to start"), the page's reset()
   * or the idle timeout (focus goes there only if it was in the kiosk, or lost).
   */
  private resetFor(reason: 'idle' | 'user'): void {
    const byPatient = this.focusGuard.patientActing;
    for (const el of this.hosted.values()) (el as Partial<SpasmElement>).reset?.();
    this.hosted.clear();
    clearLibraryStorage(browserStorage());
    void setLocale(pageLocale());
    this.screen = 'attract';
    this.warningSeconds = null;
    this.idle = startIdle(this.clock.now());
    this.renderRoot.querySelector('dialog')?.close();
    this.renderRoot.querySelector('main')?.scrollTo?.(0, 0);
    window.scrollTo?.(0, 0);
    void this.emitAfterRender('spasm-kiosk-reset', { reason });
    void (byPatient ? this.focusGuard.afterAction('[part=start]') : this.focusGuard.whenFree('[part=start]'));
  }

  private get offered(): HostedWidget[] {
    const names = this.settings.values.widgets;
    // A page that loaded only some elements gets tiles only for those.
    return names.map((n) => WIDGETS.find((w) => w.name === n)!).filter((w) => customElements.get(w.tag));
  }

  /** Whether there is anything to forget: a patient started, or changed the language. */
  private get inUse(): boolean {
    return this.screen !== 'attract' || getLocale() !== pageLocale();
  }

  private checkIdle(): void {
    const now = this.clock.now();
    const running = [...this.hosted.values()].some((el) => el.getAttribute('state') === 'running');
    this.idle = running ? pauseIdle(this.idle, now) : resumeIdle(this.idle, now);
    if (!this.inUse) {
      this.idle = noteActivity(this.idle, now);
      return;
    }
    const idleMs = this.settings.values.idleSeconds * 1000;
    const phase = idlePhase(this.idle, { idleMs, warnMs: WARNING_MS }, now);
    if (phase.name === 'expired') this.resetFor('idle');
    else this.warningSeconds = phase.name === 'warning' ? Math.ceil(phase.msLeft / 1000) : null;
  }

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.warningSeconds !== null && !dialog.open) dialog.showModal();
    if (this.warningSeconds === null && dialog.open) dialog.close();
  }

  private start(): void {
    if (this.settings.values.fullscreen && !document.fullscreenElement) {
      document.documentElement.requestFullscreen?.().catch(() => {});
    }
    this.go('home');
  }

  private go(screen: Screen): void {
    this.screen = screen;
    void this.focusGuard.afterAction(screen === 'home' ? '#home-heading' : `#view-${screen} .view-heading`);
  }

  private open(widget: HostedWidget): void {
    if (!this.hosted.has(widget.name)) {
      const el = document.createElement(widget.tag);
      el.setAttribute('kiosk', '');
      el.setAttribute('emergency-number', this.settings.values.emergencyNumber);
      if (this.clinicPhone) el.setAttribute('clinic-phone', this.clinicPhone);
      if (this.clinicName) el.setAttribute('clinic-name', this.clinicName);
      for (const [name, value] of Object.entries(widget.attributes ?? {})) el.setAttribute(name, value);
      // Timed widgets share the kiosk's clock, so one clock drives the idle warning and their rounds.
      if ('clock' in el) (el as HTMLElement & { clock: Clock }).clock = this.clock;
      this.hosted.set(widget.name, el);
    }
    this.go(widget.name);
  }

  private stillHere(): void {
    this.idle = noteActivity(this.idle, this.clock.now());
    this.warningSeconds = null;
  }

  override render() {
    return html`
      ${this.screen === 'attract' ? this.renderAttract() : this.renderInUse()}
      <dialog part="dialog" aria-labelledby="idle-title" aria-describedby="idle-text" @cancel=${this.onDialogCancel}>
        <h2 id="idle-title">${msg('Are you still there?', { id: 'kiosk.idle-title' })}</h2>
        <p id="idle-text">
          ${msg(
            str`To keep your answers private, this screen will clear in ${this.warningSeconds ?? 0} seconds.`,
            { id: 'kiosk.idle-text' },
          )}
        </p>
        <div class="actions">
          <button type="button" class="primary still-here" autofocus @click=${this.stillHere}>
            ${msg("I'm still here", { id: 'kiosk.still-here' })}
          </button>
          <button type="button" @click=${() => this.resetFor('user')}>${msg('Finish and clear', { id: 'kiosk.finish-now' })}</button>
        </div>
      </dialog>
    `;
  }

  private onDialogCancel(e: Event): void {
    // Escape means "I'm here" rather than closing the warning silently.
    e.preventDefault();
    this.stillHere();
  }

  private renderAttract() {
    const current = getLocale();
    const others = locales.filter((l) => l !== current);
    return html`
      <div class="attract" part="attract">
        <slot name="logo"></slot>
        ${this.clinicName ? html`<h1 class="clinic">${this.clinicName}</h1>` : nothing}
        <button type="button" class="primary start" part="start" @click=${this.start}>
          <span lang=${current}>${msg('Tap to start', { id: 'kiosk.tap' })}</span>
          ${others.map((l) => html`<span class="other" lang=${l}>${translationIn(l, 'kiosk.tap') ?? 'Tap to start'}</span>`)}
        </button>
        ${this.renderLanguages()}
      </div>
    `;
  }

  private renderLanguages() {
    const current = getLocale();
    // The top bar has no room for a visible legend; an aria-label names the group there.
    const label = msg('Language', { id: 'kiosk.language' });
    return html`
      <fieldset class="languages" aria-label=${label}>
        ${this.screen === 'attract' ? html`<legend>${label}</legend>` : nothing}
        ${locales.map(
          (l) => html`
            <button type="button" lang=${l} aria-pressed=${l === current ? 'true' : 'false'} @click=${() => setLocale(l)}>
              ${localeName(l)}
            </button>
          `,
        )}
      </fieldset>
    `;
  }

  private renderInUse() {
    return html`
      <div class="bar" part="bar">
        <p class="name">${this.clinicName}</p>
        <button type="button" @click=${() => this.go('home')} ?disabled=${this.screen === 'home'}>
          ${msg('Home', { id: 'kiosk.home' })}
        </button>
        ${this.renderLanguages()}
        <button type="button" class="finish" @click=${() => this.resetFor('user')}>${msg('Finish', { id: 'kiosk.finish' })}</button>
      </div>
      <main>
        <section ?hidden=${this.screen !== 'home'} aria-labelledby="home-heading">
          <h2 id="home-heading" tabindex="-1">${msg('How can we help?', { id: 'kiosk.home-heading' })}</h2>
          <ul class="tiles" part="tiles">
            ${this.offered.map(
              (w) => html`
                <li>
                  <button type="button" class="tile" part="tile" @click=${() => this.open(w)}>
                    <span>${w.title()}</span>
                    <span class="blurb">${w.blurb()}</span>
                  </button>
                </li>
              `,
            )}
          </ul>
        </section>
        ${[...this.hosted].map(([name, el]) => {
          const widget = WIDGETS.find((w) => w.name === name)!;
          return html`
            <section id="view-${name}" ?hidden=${this.screen !== name} aria-labelledby="view-heading-${name}">
              <h2 class="view-heading" id="view-heading-${name}" tabindex="-1">${widget.title()}</h2>
              ${el}
            </section>
          `;
        })}
      </main>
    `;
  }
}

define('spasm-kiosk', SpasmKiosk);

declare global {
  interface HTMLElementTagNameMap {
    'spasm-kiosk': SpasmKiosk;
  }
}
