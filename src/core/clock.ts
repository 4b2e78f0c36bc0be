/** Where time comes from. Elements take one so tests can pass a fake. */
export interface Clock {
  /** Milliseconds since the Unix epoch, like Date.now(). */
  now(): number;
  /**
   * The monotonic time (ms, like performance.now()) this clock runs with,
   * which the audio clock follows; chimes are checked against it. Missing
   * means performance.now().
   */
  mono?(): number;
}

/** The two clocks a page can read: the device's wall clock and a monotonic one. */
export interface TimeSources {
  /** Like Date.now(): follows the device's clock, including when someone sets it. */
  wall(): number;
  /** Like performance.now(): never jumps, but may stand still while the device sleeps. */
  mono(): number;
}

const browserSources: TimeSources = { wall: () => Date.now(), mono: () => performance.now() };

type Listenable = Pick<EventTarget, 'addEventListener'>;

/**
 * A wall-clock time (ms since the epoch, so it can be saved and compared
 * across reloads) that moves with the monotonic clock while the page lives:
 * setting the device's clock back or forward does not stretch or shorten a
 * round, or the kiosk's idle time.
 *
 * Sleep policy. The monotonic clock may stand still while a phone is locked
 * or a laptop sleeps (it does on iOS, macOS and Linux), which would make an
 * ice round or a hold last longer than it should. Both clocks are noted when
 * the page is hidden (screen locked, tab switched, page frozen) and compared
 * when it is shown again: if the wall clock moved further, this clock catches
 * up with it; it never goes back. So time away is never under-counted: a
 * locked phone cannot extend a round. The cost is that the device clock set
 * forward *while the page was hidden* ends a round early, which for heat, ice
 * and holds is the safe side. Changes made while the page is on screen are
 * ignored either way.
 */
export class SteadyClock implements Clock {
  private offset: number;
  private hiddenAt: { wall: number; mono: number } | null = null;

  constructor(
    private readonly sources: TimeSources = browserSources,
    targets: { document?: Listenable & { visibilityState: string }; window?: Listenable } = {
      document: globalThis.document,
      window: globalThis.window,
    },
  ) {
    this.offset = sources.wall() - sources.mono();
    const doc = targets.document;
    doc?.addEventListener('visibilitychange', () => (doc.visibilityState === 'hidden' ? this.hide() : this.show()));
    // pagehide/pageshow cover the back/forward cache; freeze/resume, Chromium's frozen background tabs.
    for (const [type, handler] of [
      ['pagehide', this.hide],
      ['freeze', this.hide],
      ['pageshow', this.show],
      ['resume', this.show],
    ] as const) {
      (type === 'freeze' || type === 'resume' ? doc : targets.window)?.addEventListener(type, handler);
    }
    // Loaded in a background tab: away from the start.
    if (doc?.visibilityState === 'hidden') this.hide();
  }

  now(): number {
    return this.offset + this.sources.mono();
  }

  mono(): number {
    return this.sources.mono();
  }

  /** The page went out of sight: remember where both clocks stood. */
  readonly hide = (): void => {
    this.hiddenAt ??= { wall: this.sources.wall(), mono: this.sources.mono() };
  };

  /** The page is back: count the time away by whichever clock saw more of it. */
  readonly show = (): void => {
    const at = this.hiddenAt;
    if (!at) return;
    this.hiddenAt = null;
    const wallAway = this.sources.wall() - at.wall;
    const monoAway = this.sources.mono() - at.mono;
    if (wallAway > monoAway) this.offset += wallAway - monoAway;
  };
}

let shared: SteadyClock | undefined;

/** The page's one steady clock (created on first use). */
export const steadyClock: Clock = {
  now: () => (shared ??= new SteadyClock()).now(),
  mono: () => performance.now(),
};
