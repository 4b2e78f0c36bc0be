import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from './clock.js';
import type { Chime, ChimeKind, Sound } from './sound.js';

/** A chime the host wants: what, and at which clock time. */
export interface ChimeWanted {
  at: number;
  kind: ChimeKind;
}

export interface ChimeOptions {
  sound: () => Sound;
  clock: () => Clock;
  /** The chime that should be booked now, or null for none (not running, paused, ended). */
  wanted: () => ChimeWanted | null;
}

/** A booking this far off from where the host's clock says it should be is made again. */
const DRIFT_LIMIT_MS = 1000;

/**
 * Keeps one chime booked on the audio clock for the host: booked when it is
 * wanted, cancelled when it is not or the host leaves the page, booked again
 * when the host comes back, when the page is shown again (the audio clock may
 * have stood still while the device slept) and when the host's clock and the
 * booking disagree (the clock was changed). After a reload the browser may
 * hold sound until a tap: `needsGesture` says so, and `unlock()` (from a
 * click handler) lifts it.
 */
export class ChimeController implements ReactiveController {
  private booked: { chime: Chime; wanted: ChimeWanted; dueMono: number } | null = null;
  private stopListening: (() => void) | undefined;
  private readonly onShown = () => {
    if (document.visibilityState === 'visible') this.sync(true);
  };
  private readonly onSoundChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ChimeOptions,
  ) {
    host.addController(this);
  }

  /** Whether a chime is booked but the browser will not play it until the patient taps. */
  get needsGesture(): boolean {
    return this.booked !== null && (this.options.sound().blocked?.() ?? false);
  }

  /** Call from the patient's click or key handler. */
  unlock(): void {
    this.options.sound().unlock();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onShown);
    window.addEventListener('pageshow', this.onShown);
    this.stopListening = this.options.sound().onChange?.(this.onSoundChange);
    this.sync(true);
  }

  hostUpdated(): void {
    this.sync(false);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onShown);
    window.removeEventListener('pageshow', this.onShown);
    this.stopListening?.();
    this.cancel();
  }

  /** Books, re-books or cancels so that exactly the wanted chime is booked. */
  sync(force: boolean): void {
    const wanted = this.options.wanted();
    const delay = wanted ? wanted.at - this.options.clock().now() : 0;
    const b = this.booked;
    const same = b && wanted && b.wanted.at === wanted.at && b.wanted.kind === wanted.kind;
    const drifted = b && Math.abs(b.dueMono - performance.now() - delay) > DRIFT_LIMIT_MS;
    if (same && !force && !drifted) return;
    // Due already (the round just ended): let it ring out rather than cut it off.
    if (b && !wanted && b.wanted.at <= this.options.clock().now()) {
      this.booked = null;
      return;
    }
    this.cancel();
    // A chime due more than a second ago was missed (the page was away): do not ring late.
    if (!wanted || delay < -DRIFT_LIMIT_MS) return;
    const chime = this.options.sound().schedule(Math.max(0, delay), wanted.kind);
    this.booked = { chime, wanted, dueMono: performance.now() + delay };
    // The host rendered before this booking: show at once that the sound waits for a tap.
    if (this.needsGesture) this.host.requestUpdate();
  }

  private cancel(): void {
    this.booked?.chime.cancel();
    this.booked = null;
  }
}
