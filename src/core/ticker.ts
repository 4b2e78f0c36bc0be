import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Repaints its host a few times a second while `active()` is true, and at
 * once when the tab becomes visible again. It never keeps time itself: the
 * host computes what to show from its clock at each render, so a throttled
 * background tab is right the moment it is looked at.
 */
export class Ticker implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly onVisible = () => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly active: () => boolean,
    private readonly intervalMs = 250,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostUpdated(): void {
    const on = this.active();
    if (on && this.timer === undefined) {
      this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!on) {
      this.stop();
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
