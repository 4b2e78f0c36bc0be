import { expect } from '@open-wc/testing';

// A page of its own that never draws (an embed box scrolled out of sight can
// be like this): the first turn, which waits for a frame, must still come.
describe('turns in a page that draws no frame', () => {
  it('serves the first turn anyway, soon', async () => {
    window.requestAnimationFrame = () => 0;
    const { turn } = await import('../../src/core/turns.js');
    const served = await Promise.race([turn().then(() => true), new Promise((r) => setTimeout(() => r(false), 2000))]);
    expect(served, 'the first turn came without a frame').to.equal(true);
  });
});
