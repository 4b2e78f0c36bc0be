import { html } from 'lit';
import { msg } from '@lit/localize';
import { SpasmElement } from '../../core/base.js';
import { flag, idList, numberInRange, type Parser } from '../../core/attributes.js';
import { steadyClock, type Clock } from '../../core/clock.js';
import { define } from '../../core/define.js';
import { emergencyNumber } from '../../core/emergency.js';
import { FocusGuard } from '../../core/focus.js';
import { getLocale, pageLocale, setLocale } from '../../core/localization.js';
import { Settings } from '../../core/settings.js';
import { browserStorage, clearLibraryStorage } from '../../core/storage.js';
import { theme } from '../../core/theme.js';
import { ALERT_LEVELS, type AlertLevel } from '../../logic/kiosk-alert.js';
import { IdleController } from './idle-controller.js';
import { attractScreen, homeSection, idleDialog, staffScreen, topBar, type KioskAlert } from './screens.js';
import { styles } from './styles.js';
import { WIDGET_NAMES, WIDGETS, type HostedWidget, type WidgetName } from './widgets.js';

/** How long the "Are you still there?" warning counts down (WCAG 2.2.1 asks for at least 20 s). */
export const WARNING_MS = 30_000;

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

  private alert: KioskAlert | null = null;
  private menuOpen = false;
  private hosted = new Map<WidgetName, HTMLElement>();
  private readonly settings = new Settings(this, {
    widgets: { attribute: 'widgets', raw: () => this.widgets, parse: widgetList },
    idleSeconds: { attribute: 'idle-seconds', raw: () => this.idleSeconds, parse: idleSecondsRange },
    emergencyNumber: { attribute: 'emergency-number', raw: () => this.emergencyNumber, parse: emergencyNumber },
    fullscreen: { attribute: 'fullscreen', raw: () => this.fullscreen, parse: flag(false) },
    alertOn: { attribute: 'alert-on', raw: () => this.alertOn, parse: alertOnList },
  });
  private readonly focusGuard = new FocusGuard(this);
  private readonly idleTimer = new IdleController(this, {
    clock: () => this.clock,
    hosted: () => this.hosted,
    idleMs: () => this.settings.values.idleSeconds * 1000,
    warnMs: WARNING_MS,
    alertOn: () => this.settings.values.alertOn,
    inUse: () => this.inUse,
    held: () => this.screen === 'staff',
    onExpired: (alert) => (alert ? this.raiseAlert(alert) : this.resetFor('idle')),
  });

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
    this.addEventListener('contextmenu', this.onContextMenu);
    this.addEventListener('pointerdown', this.onPointerDown);
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
    clearLibraryStorage(browserStorage());
    void setLocale(pageLocale());
    this.idleTimer.restart();
    this.menuOpen = false;
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
    const at = this.idleTimer.firstSeen(disposition) ?? this.clock.now();
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

  override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    const warning = this.idleTimer.warningSeconds;
    if (warning !== null && !dialog.open) dialog.showModal();
    if (warning === null && dialog.open) dialog.close();
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

  /** The kiosk's h1: the clinic's name, or a plain title when it has none. */
  private get heading(): string {
    return this.clinicName.trim() || msg('Back pain help', { id: 'kiosk.title' });
  }

  override render() {
    const screen =
      this.screen === 'attract' ? attractScreen(this.heading, () => this.start()) : this.screen === 'staff' ? staffScreen(this.alert!, this.settings.values.emergencyNumber, () => this.resetFor('user')) : this.renderInUse();
    return html`
      ${screen}
      ${idleDialog({
        secondsLeft: this.idleTimer.warningSeconds ?? 0,
        packOn: this.idleTimer.packOn,
        onStillHere: () => this.idleTimer.stillHere(),
        onFinish: () => this.resetFor('user'),
        onCancel: (e) => this.onDialogCancel(e),
      })}
    `;
  }

  private onDialogCancel(e: Event): void {
    // Escape means "I'm here" rather than closing the warning silently.
    e.preventDefault();
    this.idleTimer.stillHere();
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
      ${topBar({
        heading: this.heading,
        menuOpen: this.menuOpen,
        atHome: this.screen === 'home',
        onKeydown: (e) => this.onBarKeydown(e),
        onMenu: () => this.toggleMenu(),
        onHome: () => this.go('home'),
        onFinish: () => this.resetFor('user'),
      })}
      <main>
        ${homeSection(this.screen === 'home', this.offered, (w) => this.open(w))}
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
