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
  /** The chimes that should be booked now (one, several, or null for none: not running, paused, ended). */
  wanted: () => ChimeWanted | readonly ChimeWanted[] | null;
}

interface Booking {
  chime: Chime;
  wanted: ChimeWanted;
  dueMono: number;
}

const sameChime = (a: ChimeWanted, b: ChimeWanted): boolean => a.at === b.at && a.kind === b.kind;

/** A booking this far off from where the host's clock says it should be is made again. */
const DRIFT_LIMIT_MS = 1000;

/**
 * Keeps the host's chimes (the end of a round, the end of each phase of a
 * stretch) booked on the audio clock: each booked when it is
 * wanted, cancelled when it is not or the host leaves the page, booked again
 * when the host comes back, when the page is shown again (the audio clock may
 * have stood still while the device slept) and when the host's clock and the
 * booking disagree (the clock was changed). After a reload the browser may
 * hold sound until a tap: `needsGesture` says so, and `unlock()` (from a
 * click handler) lifts it.
 */
export class ChimeController implements ReactiveController {
  private booked: Booking[] = [];
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
    return this.booked.length > 0 && (this.options.sound().blocked?.() ?? false);
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

  /** Books, re-books or cancels so that exactly the wanted chimes are booked. */
  sync(force: boolean): void {
    const raw = this.options.wanted();
    const wanted: readonly ChimeWanted[] = raw === null ? [] : Array.isArray(raw) ? raw : [raw as ChimeWanted];
    const clock = this.options.clock();
    const now = clock.now();
    const mono = clock.mono?.() ?? performance.now();
    const drifted = (b: Booking) => Math.abs(b.dueMono - mono - (b.wanted.at - now)) > DRIFT_LIMIT_MS;
    const old = this.booked;
    const same = old.length === wanted.length && old.every((b, i) => sameChime(b.wanted, wanted[i]!));
    if (same && !force && !old.some(drifted)) return;
    // One due now by the clock and the audio alike (a round or a phase just ended) is left to ring out,
    // neither cut off nor booked twice; one the clock jumped past is cancelled, or it would ring late.
    const due = (b: Booking) => b.wanted.at <= now && b.dueMono <= mono + DRIFT_LIMIT_MS;
    const ringing = old.filter((b) => due(b) && wanted.some((w) => sameChime(w, b.wanted)));
    for (const b of old) if (!due(b)) b.chime.cancel();
    this.booked = ringing;
    const sound = this.options.sound();
    for (const w of wanted) {
      const delay = w.at - now;
      // A chime due more than a second ago was missed (the page was away): do not ring late.
      if (ringing.some((b) => sameChime(b.wanted, w)) || delay < -DRIFT_LIMIT_MS) continue;
      this.booked.push({ chime: sound.schedule(Math.max(0, delay), w.kind), wanted: w, dueMono: mono + delay });
    }
    // The host rendered before this booking: show at once that the sound waits for a tap.
    if (this.booked.length > old.length && this.needsGesture) this.host.requestUpdate();
  }

  private cancel(): void {
    for (const b of this.booked) b.chime.cancel();
    this.booked = [];
  }
}
