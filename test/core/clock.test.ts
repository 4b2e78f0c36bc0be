import { expect } from '@open-wc/testing';
import { SteadyClock, steadyClock, type TimeSources } from '../../src/core/clock.js';

const MIN = 60_000;

/** A device: a wall clock anyone can set, a monotonic clock that stops while asleep. */
class FakeDevice implements TimeSources {
  wallMs = Date.UTC(2026, 10, 20, 9, 0);
  monoMs = 1000;
  readonly document = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  readonly window = new EventTarget();
  wall = () => this.wallMs;
  mono = () => this.monoMs;
  /** Time passes while awake. */
  pass(ms: number) {
    this.wallMs += ms;
    this.monoMs += ms;
  }
  /** The user sets the device's clock. */
  setClock(by: number) {
    this.wallMs += by;
  }
  /** The phone sleeps: only the wall clock moves. */
  sleep(ms: number) {
    this.wallMs += ms;
  }
  show(visible: boolean) {
    this.document.visibilityState = visible ? 'visible' : 'hidden';
    this.document.dispatchEvent(new Event('visibilitychange'));
  }
  clock() {
    return new SteadyClock(this, { document: this.document, window: this.window });
  }
}

describe('SteadyClock', () => {
  it('starts at the wall clock time, so saved times compare across reloads', () => {
    const device = new FakeDevice();
    expect(device.clock().now()).to.equal(device.wallMs);
  });

  it('ignores the device clock set back or forward while the page is on screen', () => {
    const device = new FakeDevice();
    const clock = device.clock();
    const start = clock.now();
    device.pass(5 * MIN);
    device.setClock(-60 * MIN);
    device.pass(5 * MIN);
    expect(clock.now() - start).to.equal(10 * MIN);
    device.setClock(+90 * MIN);
    device.pass(5 * MIN);
    expect(clock.now() - start).to.equal(15 * MIN);
  });

  it('counts a locked phone\'s sleep in full, so a round cannot run long', () => {
    const device = new FakeDevice();
    const clock = device.clock();
    const start = clock.now();
    device.pass(2 * MIN);
    device.show(false);
    device.sleep(20 * MIN);
    expect(clock.now() - start, 'nothing to go on until it is shown').to.equal(2 * MIN);
    device.show(true);
    expect(clock.now() - start).to.equal(22 * MIN);
  });

  it('counts hidden time by the monotonic clock when the device clock went back meanwhile', () => {
    const device = new FakeDevice();
    const clock = device.clock();
    const start = clock.now();
    device.show(false);
    device.pass(3 * MIN);
    device.setClock(-30 * MIN);
    device.show(true);
    expect(clock.now() - start).to.equal(3 * MIN);
  });

  it('counts sleep in full for a page that was loaded in a background tab', () => {
    const device = new FakeDevice();
    device.document.visibilityState = 'hidden';
    const clock = device.clock();
    const start = clock.now();
    device.sleep(10 * MIN);
    device.show(true);
    expect(clock.now() - start).to.equal(10 * MIN);
  });

  it('catches up after the back/forward cache (pagehide, pageshow) and a frozen tab (freeze, resume)', () => {
    const device = new FakeDevice();
    const clock = device.clock();
    const start = clock.now();
    device.window.dispatchEvent(new Event('pagehide'));
    device.sleep(10 * MIN);
    device.window.dispatchEvent(new Event('pageshow'));
    device.document.dispatchEvent(new Event('freeze'));
    device.sleep(5 * MIN);
    device.document.dispatchEvent(new Event('resume'));
    expect(clock.now() - start).to.equal(15 * MIN);
  });

  it('never goes back, and a show without a hide changes nothing', () => {
    const device = new FakeDevice();
    const clock = device.clock();
    let last = clock.now();
    for (const step of [() => device.show(true), () => device.setClock(-MIN), () => device.show(false), () => device.show(true)]) {
      step();
      device.pass(1);
      expect(clock.now()).to.be.at.least(last);
      last = clock.now();
    }
  });

  it('the shared clock ignores Date.now being set back', () => {
    const realNow = Date.now;
    const before = steadyClock.now();
    try {
      Date.now = () => realNow() - 30 * MIN;
      expect(steadyClock.now()).to.be.at.least(before);
      expect(steadyClock.now() - realNow()).to.be.below(1000);
    } finally {
      Date.now = realNow;
    }
  });
});
