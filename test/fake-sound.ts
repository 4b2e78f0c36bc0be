import type { ChimeKind, Sound } from '../src/core/sound.js';

/** Records what would have sounded. */
export class FakeSound implements Sound {
  unlocked = 0;
  vibrations = 0;
  scheduled: { delayMs: number; kind: ChimeKind; cancelled: boolean }[] = [];
  unlock(): void {
    this.unlocked++;
  }
  schedule(delayMs: number, kind: ChimeKind) {
    const entry = { delayMs, kind, cancelled: false };
    this.scheduled.push(entry);
    return { cancel: () => void (entry.cancelled = true) };
  }
  vibrate(): void {
    this.vibrations++;
  }
  /** Chimes still booked. */
  get pending() {
    return this.scheduled.filter((s) => !s.cancelled);
  }
}
