import type { Clock } from '../src/core/clock.js';

/**
 * A clock that moves only when told to. `advance` and `set` are time passing
 * (the monotonic time chimes are booked against moves too); `jump` is someone
 * changing the device's clock, or time counted on waking: only the wall moves.
 */
export class FakeClock implements Clock {
  private monoTime = 0;
  constructor(private time = Date.UTC(2026, 10, 20, 9, 0, 0)) {}
  now(): number {
    return this.time;
  }
  mono(): number {
    return this.monoTime;
  }
  advance(ms: number): void {
    this.time += ms;
    this.monoTime += ms;
  }
  set(time: number): void {
    this.advance(time - this.time);
  }
  jump(ms: number): void {
    this.time += ms;
  }
}
