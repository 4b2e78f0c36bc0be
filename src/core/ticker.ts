import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `onTick` (by default: repaint the host) a few times a second while the
 * host is connected and `active()` is true, and at once when the page is shown
 * again. It never keeps time itself: the host computes what to show from its
 * clock, so a throttled background tab is right the moment it is looked at.
 * Moved in the page (disconnected, then connected again) it starts again.
 */
export class Ticker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private connected = false;
  private readonly onShown = () => {
    if (document.visibilityState === 'visible') this.tick();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly active: () => boolean,
    private readonly intervalMs = 250,
    private readonly onTick: () => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** Whether the interval is running. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onShown);
    window.addEventListener('pageshow', this.onShown);
    // Re-inserted mid-round: catch up now and keep going.
    this.sync();
    if (this.running) this.tick();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onShown);
    window.removeEventListener('pageshow', this.onShown);
    this.stop();
  }

  private tick(): void {
    this.onTick();
  }

  private sync(): void {
    const on = this.connected && this.active();
    if (on && this.timer === undefined) this.timer = setInterval(() => this.tick(), this.intervalMs);
    else if (!on) this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
