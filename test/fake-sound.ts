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

/** A fake whose audio waits for a tap, as after a reload. */
export class BlockedSound extends FakeSound {
  isBlocked = true;
  private listeners = new Set<() => void>();
  blocked = () => this.isBlocked;
  onChange = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  override unlock(): void {
    super.unlock();
    this.isBlocked = false;
    for (const l of this.listeners) l();
  }
}
