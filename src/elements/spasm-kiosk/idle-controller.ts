import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../core/clock.js';
import { Ticker } from '../../core/ticker.js';
import { idlePhase, noteActivity, pauseIdle, resumeIdle, startIdle, type Idle } from '../../logic/idle.js';
import { alertFor, type AlertLevel } from '../../logic/kiosk-alert.js';
import type { WidgetName } from './widgets.js';

const CHECK_EVERY_MS = 250;
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

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

export interface IdleOptions {
  clock: () => Clock;
  /** The widgets the kiosk hosts; their reflected attributes say what they show. */
  hosted: () => ReadonlyMap<WidgetName, HTMLElement>;
  /** Quiet time before the warning. */
  idleMs: () => number;
  /** How long the warning counts down. */
  warnMs: number;
  alertOn: () => readonly AlertLevel[];
  /** Whether there is anything to forget: quiet time counts only then. */
  inUse: () => boolean;
  /** Whether idle time stands still (the staff screen is up). */
  held: () => boolean;
  /** Idle time ran out; `alert` is the outcome left on screen that must reach a person, or null. */
  onExpired: (alert: AlertLevel | null) => void;
}

/**
 * The kiosk's privacy timing: notes every touch, key or pointer move, checks
 * the quiet time a few times a second (frozen while a hosted timer runs),
 * counts down the "Are you still there?" warning, and says when time ran out
 * and on which outcome. It also notes when each hosted widget's outcome first
 * appeared, for the staff screen's time.
 */
export class IdleController implements ReactiveController {
  private seconds: number | null = null;
  private pack = false;
  private idle: Idle;
  private readonly seen = new Map<HTMLElement, Seen>();

  private readonly onActivity = () => {
    this.idle = noteActivity(this.idle, this.options.clock().now());
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: IdleOptions,
  ) {
    this.idle = startIdle(options.clock().now());
    for (const type of ACTIVITY) host.addEventListener(type, this.onActivity, { capture: true, passive: true });
    // Checks idle time while on the page; put back after a move, it carries on.
    new Ticker(host, () => true, CHECK_EVERY_MS, () => this.check());
    host.addController(this);
  }

  /** Seconds left on the idle warning, or null while it is not shown. */
  get warningSeconds(): number | null {
    return this.seconds;
  }

  /** Whether the warning must say to take a heat or ice pack off first. */
  get packOn(): boolean {
    return this.pack;
  }

  hostConnected(): void {
    this.idle = startIdle(this.options.clock().now());
  }

  /** The patient answered the warning: quiet time starts again and the warning goes. */
  stillHere(): void {
    this.onActivity();
    this.showWarning(null);
  }

  /** A new patient: quiet time starts again, no warning, no outcome seen. */
  restart(): void {
    this.seen.clear();
    this.showWarning(null);
    this.idle = startIdle(this.options.clock().now());
  }

  /** When `outcome` was first seen on a hosted widget, if it is showing. */
  firstSeen(outcome: string): number | undefined {
    return [...this.seen.values()].find((s) => s.outcome === outcome)?.at;
  }

  // Repaints only on a change, as the element's own state properties did.
  private showWarning(seconds: number | null): void {
    if (seconds === this.seconds) return;
    this.seconds = seconds;
    this.host.requestUpdate();
  }

  private showPack(on: boolean): void {
    if (on === this.pack) return;
    this.pack = on;
    this.host.requestUpdate();
  }

  private watchOutcomes(now: number): void {
    for (const el of this.options.hosted().values()) {
      const outcome = outcomeOf(el);
      if (!outcome) this.seen.delete(el);
      else if (this.seen.get(el)?.outcome !== outcome) this.seen.set(el, { outcome, at: now });
    }
  }

  private check(): void {
    if (this.options.held()) return;
    const now = this.options.clock().now();
    this.watchOutcomes(now);
    const hosted = this.options.hosted();
    const running = [...hosted.values()].some((el) => el.getAttribute('state') === 'running');
    // A paused round may still have the pack on; "done" means time is up and it should come off.
    const timerState = hosted.get('timer')?.getAttribute('state');
    this.showPack(timerState === 'paused' || timerState === 'done');
    this.idle = running ? pauseIdle(this.idle, now) : resumeIdle(this.idle, now);
    if (!this.options.inUse()) {
      this.idle = noteActivity(this.idle, now);
      return;
    }
    const phase = idlePhase(this.idle, { idleMs: this.options.idleMs(), warnMs: this.options.warnMs }, now);
    if (phase.name === 'expired') this.options.onExpired(alertFor([...hosted.values()].map(outcomeOf), this.options.alertOn()));
    else this.showWarning(phase.name === 'warning' ? Math.ceil(phase.msLeft / 1000) : null);
  }
}
