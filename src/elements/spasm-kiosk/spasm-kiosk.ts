import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { secondsLong } from '../../core/format.js';
import { localeDir } from '../../core/bidi.js';
import { flag, idList, numberInRange, type Parser } from '../../core/attributes.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { getLocale, locales, pageLocale, setLocale, translationIn } from '../../core/localization.js';
import { Settings } from '../../core/settings.js';
import { browserStorage, clearLibraryStorage } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { Ticker } from '../../core/ticker.js';
import { idlePhase, noteActivity, pauseIdle, resumeIdle, startIdle } from '../../logic/idle.js';
import { ALERT_LEVELS, alertFor, type AlertLevel } from '../../logic/kiosk-alert.js';
import { languagePicker, staffScreen, type KioskAlert } from './screens.js';
import { styles } from './styles.js';
import { WIDGET_NAMES, WIDGETS, type HostedWidget, type WidgetName } from './widgets.js';

/** How long the "Are you still there?" warning counts down (WCAG 2.2.1 asks for at least 20 s). */
export const WARNING_MS = 30_000;
const CHECK_EVERY_MS = 250;
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

const widgetList = idList<WidgetName>(WIDGET_NAMES);
const idleSecondsRange = numberInRange(30, 600, 90);

const alertLevels = idList<AlertLevel>(ALERT_LEVELS);
/** Emergencies always alert: a list without one gets it back, with the warning. */
const alertOnList: Parser<AlertLevel[]> = (raw) => {
  const parsed = alertLevels(raw);
  if (parsed.value.includes('emergency')) return parsed;
  return { value: ['emergency', ...parsed.value], expected: 'a list with "emergency"' };
};

type Screen = 'attract' | 'home' | 'staff' | WidgetName;

/** An outcome a hosted widget is showing, and when the kiosk first saw it. */
interface Seen {
  outcome: string;
  at: number;
}

/**
 * The outcome a hosted widget reflects: the triage's `disposition`, the
 * checklist's `level`. The checklist's older boolean `alert` (any sign ticked,
 * every one an emergency sign) counts as an emergency.
 */
function outcomeOf(el: Element): string | null {
  return el.getAttribute('disposition') ?? el.getAttribute('level') ?? (el.hasAttribute('alert') ? 'emergency' : null);
}

/**
 * A kiosk shell for a waiting-room tablet: an attract screen, a home screen of
 * large tiles for the widgets, a language picker, and a privacy reset between
 * patients, on demand ("Finish") or after an idle warning.
 *
 * @tagname spasm-kiosk
 * @fires spasm-kiosk-reset - The kiosk forgot everything and went back to the attract screen. detail: `{ reason: 'idle' | 'user' }` (`user` also when staff clear the staff screen).
 * @fires spasm-kiosk-alert - Idle time ran out on an emergency (or, unless `alert-on` says otherwise, urgent) outcome: the answers are cleared and the staff screen is shown. detail: `{ disposition: 'emergency' | 'urgent', at }`, `at` the clock time (ms) the outcome was first shown; never the answers.
 * @slot logo - The clinic's logo, shown on the attract screen.
 * @csspart attract - The attract screen.
 * @csspart start - The big "Tap to start" button.
 * @csspart bar - The top bar (a `header`) with the clinic's name, Home, languages and Finish.
 * @csspart menu - The top bar's Menu button, shown instead of its controls when they do not fit on one line.
 * @csspart staff - The staff screen left after an emergency or urgent outcome.
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
    alertOn: { attribute: 'alert-on' },
    screen: { reflect: true },
    warningSeconds: { state: true, attribute: false },
    packOn: { state: true, attribute: false },
    alert: { state: true, attribute: false },
    menuOpen: { state: true, attribute: false },
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
  /**
   * Which walk-away outcomes keep the staff screen and fire `spasm-kiosk-alert`:
   * `emergency,urgent` (default) or `emergency`. Emergencies always do.
   */
  alertOn: string | string[] = 'emergency,urgent';
  /** Reflected: `attract`, `home`, `staff`, or the name of the widget on screen. */
  screen: Screen = 'attract';

  /**
   * Where time comes from; tests pass a fake. The default follows the
   * monotonic clock, so setting the tablet's clock back cannot hold off the
   * privacy reset (see core/clock.ts for how it treats sleep).
   */
  clock: Clock = steadyClock;

  private warningSeconds: number | null = null;
  /** Whether the idle warning must say to take a heat or ice pack off first. */
  private packOn = false;
  private alert: KioskAlert | null = null;
  private menuOpen = false;
  private hosted = new Map<WidgetName, HTMLElement>();
  private seen = new Map<HTMLElement, Seen>();
  private idle = startIdle(this.clock.now());
  private readonly settings = new Settings(this, {
    widgets: { attribute: 'widgets', raw: () => this.widgets, parse: widgetList },
    idleSeconds: { attribute: 'idle-seconds', raw: () => this.idleSeconds, parse: idleSecondsRange },
    emergencyNumber: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
    fullscreen: { attribute: 'fullscreen', raw: () => this.fullscreen, parse: flag(false) },
    alertOn: { attribute: 'alert-on', raw: () => this.alertOn, parse: alertOnList },
  });
  private readonly focusGuard = new FocusGuard(this);

  private readonly onActivity = () => {
    this.idle = noteActivity(this.idle, this.clock.now());
  };

  /** A tap outside the open menu closes it, as a tap beside a native menu would. */
  private readonly onPointerDown = (e: Event) => {
    const bar = this.renderRoot.querySelector('header');
    if (this.menuOpen && bar && !e.composedPath().includes(bar)) this.menuOpen = false;
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
    this.addEventListener('pointerdown', this.onPointerDown);
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

  /** Also waits for the hosted widgets, whose first render takes a turn of its own (core/turns.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.hosted.values()].map((el) => (el as Partial<SpasmElement>).updateComplete));
    return done;
  }

  /** Forgets the patient: every hosted widget's answers, the library's storage, their language. */
  private forgetPatient(): void {
    for (const el of this.hosted.values()) (el as Partial<SpasmElement>).reset?.();
    this.hosted.clear();
    this.seen.clear();
    clearLibraryStorage(browserStorage());
    void setLocale(pageLocale());
    this.warningSeconds = null;
    this.menuOpen = false;
    this.idle = startIdle(this.clock.now());
    this.renderRoot.querySelector('dialog')?.close();
  }

  /**
   * The patient's "Finish" (focus goes to "Tap to start"), the page's reset()
   * or the idle timeout (focus goes there only if it was in the kiosk, or lost).
   */
  private resetFor(reason: 'idle' | 'user'): void {
    const byPatient = this.focusGuard.patientActing;
    this.forgetPatient();
    this.alert = null;
    this.screen = 'attract';
    this.renderRoot.querySelector('main')?.scrollTo?.(0, 0);
    window.scrollTo?.(0, 0);
    void this.emitAfterRender('spasm-kiosk-reset', { reason });
    void (byPatient ? this.focusGuard.afterAction('[part=start]') : this.focusGuard.whenFree('[part=start]'));
  }

  /**
   * Idle time ran out on an outcome that must reach a person: the answers go,
   * but the screen stays on a message for staff until they clear it.
   */
  private raiseAlert(disposition: AlertLevel): void {
    const at = [...this.seen.values()].find((s) => s.outcome === disposition)?.at ?? this.clock.now();
    this.forgetPatient();
    this.alert = { disposition, at };
    this.screen = 'staff';
    void this.emitAfterRender('spasm-kiosk-alert', { disposition, at });
    void this.focusGuard.whenFree('#staff-title');
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

  /** Notes when each hosted widget's outcome first appeared, for the staff screen's time. */
  private watchOutcomes(now: number): void {
    for (const el of this.hosted.values()) {
      const outcome = outcomeOf(el);
      if (!outcome) this.seen.delete(el);
      else if (this.seen.get(el)?.outcome !== outcome) this.seen.set(el, { outcome, at: now });
    }
  }

  private checkIdle(): void {
    if (this.screen === 'staff') return;
    const now = this.clock.now();
    this.watchOutcomes(now);
    const running = [...this.hosted.values()].some((el) => el.getAttribute('state') === 'running');
    // A paused round may still have the pack on; "done" means time is up and it should come off.
    const timerState = this.hosted.get('timer')?.getAttribute('state');
    this.packOn = timerState === 'paused' || timerState === 'done';
    this.idle = running ? pauseIdle(this.idle, now) : resumeIdle(this.idle, now);
    if (!this.inUse) {
      this.idle = noteActivity(this.idle, now);
      return;
    }
    const idleMs = this.settings.values.idleSeconds * 1000;
    const phase = idlePhase(this.idle, { idleMs, warnMs: WARNING_MS }, now);
    if (phase.name === 'expired') {
      const outcome = alertFor([...this.hosted.values()].map(outcomeOf), this.settings.values.alertOn);
      if (outcome) this.raiseAlert(outcome);
      else this.resetFor('idle');
    } else this.warningSeconds = phase.name === 'warning' ? Math.ceil(phase.msLeft / 1000) : null;
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
    this.menuOpen = false;
    void this.focusGuard.afterAction(screen === 'home' ? '#home-heading' : `#view-${screen}`);
  }

  private open(widget: HostedWidget): void {
    if (!this.hosted.has(widget.name)) {
      const el = document.createElement(widget.tag);
      el.setAttribute('kiosk', '');
      // The kiosk's h1 is the clinic; each widget's own headings start below it.
      el.setAttribute('heading-level', '2');
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

  /** The kiosk's h1: the clinic's name, or a plain title when it has none. */
  private get heading(): string {
    return this.clinicName.trim() || msg('Back pain help', { id: 'kiosk.title' });
  }

  /** "…will clear in 30 seconds", the seconds in words through Intl (so every language's plural forms are right). */
  private idleText(): string {
    const left = secondsLong(this.warningSeconds ?? 0);
    return msg(str`To keep your answers private, this screen will clear in ${left}.`, { id: 'kiosk.idle-text-v2' });
  }

  override render() {
    const screen =
      this.screen === 'attract' ? this.renderAttract() : this.screen === 'staff' ? staffScreen(this.alert!, this.settings.values.emergencyNumber, () => this.resetFor('user')) : this.renderInUse();
    return html`
      ${screen}
      <dialog part="dialog" aria-labelledby="idle-title" aria-describedby="idle-text" @cancel=${this.onDialogCancel}>
        <h2 id="idle-title">${msg('Are you still there?', { id: 'kiosk.idle-title' })}</h2>
        <div id="idle-text">
          ${this.packOn
            ? html`<p class="pack">${msg('Take the ice or heat pack off your skin first.', { id: 'kiosk.idle-pack' })}</p>`
            : nothing}
          <p>${this.idleText()}</p>
        </div>
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
      <main class="attract" part="attract">
        <slot name="logo"></slot>
        <h1 class="clinic"><bdi>${this.heading}</bdi></h1>
        <button type="button" class="primary start" part="start" @click=${this.start}>
          <span lang=${current} dir=${localeDir(current)}>${msg('Tap to start', { id: 'kiosk.tap' })}</span>
          ${others.map((l) => html`<span class="other" lang=${l} dir=${localeDir(l)}>${translationIn(l, 'kiosk.tap') ?? 'Tap to start'}</span>`)}
        </button>
        ${languagePicker(true)}
      </main>
    `;
  }

  private toggleMenu(): void {
    this.menuOpen = !this.menuOpen;
  }

  private onBarKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part=menu]')?.focus();
  }

  private renderInUse() {
    return html`
      <header class="bar" part="bar" @keydown=${this.onBarKeydown}>
        <h1 class="name" title=${this.heading}><bdi>${this.heading}</bdi></h1>
        <button
          type="button"
          class="menu"
          part="menu"
          aria-expanded=${this.menuOpen ? 'true' : 'false'}
          aria-controls="bar-controls"
          @click=${this.toggleMenu}
        >
          ${msg('Menu', { id: 'kiosk.menu' })}
        </button>
        <div class="controls ${this.menuOpen ? 'open' : ''}" id="bar-controls">
          <button type="button" @click=${() => this.go('home')} ?disabled=${this.screen === 'home'}>
            ${msg('Home', { id: 'kiosk.home' })}
          </button>
          ${languagePicker(this.menuOpen)}
          <button type="button" class="finish" @click=${() => this.resetFor('user')}>${msg('Finish', { id: 'kiosk.finish' })}</button>
        </div>
      </header>
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
          // No heading of the kiosk's own here: the widget's heading (level 2) titles the screen.
          return html`
            <section id="view-${name}" ?hidden=${this.screen !== name} aria-label=${widget.title()} tabindex="-1">${el}</section>
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
