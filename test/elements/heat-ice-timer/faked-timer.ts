import type { HeatIceTimer } from '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import { memoryStore } from '../../../src/core/storage.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';

/**
 * A `<heat-ice-timer mode="ice">` at the end of the page, on a fake clock,
 * sound and storage, rendered. Remove it at the end.
 */
export async function fakedTimer(style = ''): Promise<HeatIceTimer> {
  const timer = document.createElement('heat-ice-timer');
  timer.clock = new FakeClock();
  timer.sound = new FakeSound();
  timer.storage = memoryStore();
  timer.setAttribute('mode', 'ice');
  if (style) timer.setAttribute('style', style);
  document.body.append(timer);
  await timer.updateComplete;
  return timer;
}
