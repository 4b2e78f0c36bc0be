import { expect } from '@open-wc/testing';
import { sameLocalDay } from '../../src/logic/clock.js';

describe('clock', () => {
  it('sameLocalDay splits at local midnight', () => {
    const midnight = new Date(2026, 10, 21).getTime();
    expect(sameLocalDay(midnight - 1, midnight - 20 * 3_600_000)).to.equal(true);
    expect(sameLocalDay(midnight - 1, midnight)).to.equal(false);
    expect(sameLocalDay(midnight, midnight + 23 * 3_600_000)).to.equal(true);
    // The same day of another month or year is another day.
    expect(sameLocalDay(new Date(2026, 9, 21).getTime(), midnight)).to.equal(false);
    expect(sameLocalDay(new Date(2025, 10, 21).getTime(), midnight)).to.equal(false);
  });
});
