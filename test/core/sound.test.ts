import { expect } from '@open-wc/testing';
import { webSound } from '../../src/core/sound.js';

/** Stands in for the browser's AudioContext: records when each note would start. */
class FakeAudioContext extends EventTarget {
  static last: FakeAudioContext | undefined;
  state: 'suspended' | 'running' = 'suspended';
  currentTime = 0;
  destination = {};
  starts: number[] = [];
  stopped = 0;
  constructor() {
    super();
    FakeAudioContext.last = this;
  }
  resume() {
    this.state = 'running';
    this.dispatchEvent(new Event('statechange'));
    return Promise.resolve();
  }
  createOscillator() {
    return {
      frequency: { value: 0 },
      type: '',
      connect: (node: unknown) => node,
      start: (t: number) => this.starts.push(t),
      stop: () => this.stopped++,
      disconnect: () => {},
    };
  }
  createGain() {
    return {
      gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
      connect: (node: unknown) => node,
    };
  }
}

// This file runs in its own page, so webSound creates its one context from the fake.
(globalThis as { AudioContext?: unknown }).AudioContext = FakeAudioContext;

function context(state: 'suspended' | 'running'): FakeAudioContext {
  webSound.schedule(0, 'soft').cancel();
  const ctx = FakeAudioContext.last!;
  ctx.state = state;
  ctx.starts = [];
  ctx.currentTime = 10;
  return ctx;
}

describe('webSound', () => {
  // First in this file: nothing before it has made the page's context.
  it('makes no audio context until a chime is booked, then tells earlier listeners', async () => {
    let changes = 0;
    const stop = webSound.onChange!(() => changes++);
    expect(webSound.blocked!(), 'nothing booked, nothing blocked').to.equal(false);
    expect(FakeAudioContext.last, 'no context on listening or asking').to.equal(undefined);
    const chime = webSound.schedule(60_000, 'end');
    const ctx = FakeAudioContext.last!;
    expect(ctx, 'made for the chime').to.not.equal(undefined);
    expect(webSound.blocked!(), 'it starts suspended, waiting for a tap').to.equal(true);
    await Promise.resolve();
    expect(changes, 'told that it is blocked now').to.equal(1);
    webSound.unlock();
    expect(changes, 'and when the tap starts it').to.equal(2);
    chime.cancel();
    stop();
  });

  it('books the three notes of the end chime on the audio clock at once when audio runs', () => {
    const ctx = context('running');
    webSound.schedule(90_000, 'end');
    expect(ctx.starts).to.have.length(3);
    expect(ctx.starts[0]).to.be.closeTo(100, 0.05);
    expect(ctx.starts[2]! - ctx.starts[0]!).to.be.closeTo(0.7, 0.001);
  });

  it('while audio is suspended (no tap yet), books the chime when it starts, for the same moment', () => {
    const ctx = context('suspended');
    webSound.schedule(5000, 'soft');
    expect(ctx.starts).to.deep.equal([]);
    // The audio clock stood still meanwhile; the chime must not come late by that.
    ctx.currentTime = 10;
    webSound.unlock();
    expect(ctx.starts).to.have.length(1);
    expect(ctx.starts[0]).to.be.closeTo(15, 0.05);
  });

  it('a chime cancelled before audio starts is never booked', () => {
    const ctx = context('suspended');
    webSound.schedule(5000, 'end').cancel();
    webSound.unlock();
    expect(ctx.starts).to.deep.equal([]);
  });

  it('a chime already overdue by more than a second when audio starts is dropped', () => {
    const ctx = context('suspended');
    webSound.schedule(0, 'end');
    const realNow = performance.now;
    performance.now = () => realNow.call(performance) + 5000;
    try {
      webSound.unlock();
    } finally {
      performance.now = realNow;
    }
    expect(ctx.starts).to.deep.equal([]);
  });

  it('keeps a chime booked while suspended on time when the device clock is changed', () => {
    const ctx = context('suspended');
    webSound.schedule(5000, 'soft');
    const realNow = Date.now;
    Date.now = () => realNow() - 60 * 60_000;
    try {
      webSound.unlock();
    } finally {
      Date.now = realNow;
    }
    expect(ctx.starts).to.have.length(1);
    expect(ctx.starts[0]).to.be.closeTo(15, 0.05);
  });

  it('says it is blocked while audio waits for a tap, and tells listeners when that changes', () => {
    const ctx = context('suspended');
    let changes = 0;
    const stop = webSound.onChange!(() => changes++);
    expect(webSound.blocked!()).to.equal(true);
    webSound.unlock();
    expect(ctx.state).to.equal('running');
    expect(webSound.blocked!()).to.equal(false);
    expect(changes).to.equal(1);
    stop();
    ctx.resume();
    expect(changes).to.equal(1);
  });

  it('cancel stops the booked notes', () => {
    const ctx = context('running');
    const chime = webSound.schedule(1000, 'end');
    ctx.stopped = 0;
    chime.cancel();
    expect(ctx.stopped).to.equal(3);
  });
});
