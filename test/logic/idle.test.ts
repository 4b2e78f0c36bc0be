import { expect } from '@open-wc/testing';
import { idlePhase, noteActivity, pauseIdle, quietMs, resumeIdle, startIdle } from '../../src/logic/idle.js';

const T0 = 5_000_000;
const S = 1000;
const limits = { idleMs: 90 * S, warnMs: 30 * S };

describe('idle clock', () => {
  it('is active until idle-seconds of quiet, warns for warnMs, then expires', () => {
    const idle = startIdle(T0);
    expect(idlePhase(idle, limits, T0)).to.deep.equal({ name: 'active' });
    expect(idlePhase(idle, limits, T0 + 90 * S - 1)).to.deep.equal({ name: 'active' });
    expect(idlePhase(idle, limits, T0 + 90 * S)).to.deep.equal({ name: 'warning', msLeft: 30 * S });
    expect(idlePhase(idle, limits, T0 + 119 * S)).to.deep.equal({ name: 'warning', msLeft: S });
    expect(idlePhase(idle, limits, T0 + 120 * S - 1)).to.deep.equal({ name: 'warning', msLeft: 1 });
    expect(idlePhase(idle, limits, T0 + 120 * S)).to.deep.equal({ name: 'expired' });
  });

  it('starts the quiet time again on any input, also during the warning', () => {
    let idle = startIdle(T0);
    idle = noteActivity(idle, T0 + 100 * S);
    expect(idlePhase(idle, limits, T0 + 100 * S)).to.deep.equal({ name: 'active' });
    expect(idlePhase(idle, limits, T0 + 189 * S)).to.deep.equal({ name: 'active' });
    expect(idlePhase(idle, limits, T0 + 190 * S).name).to.equal('warning');
  });

  it('freezes while paused and carries on from where it was', () => {
    let idle = startIdle(T0);
    idle = pauseIdle(idle, T0 + 60 * S);
    expect(quietMs(idle, T0 + 1000 * S)).to.equal(60 * S);
    expect(idlePhase(idle, limits, T0 + 1000 * S)).to.deep.equal({ name: 'active' });
    expect(pauseIdle(idle, T0 + 2000 * S)).to.equal(idle);
    idle = resumeIdle(idle, T0 + 1000 * S);
    expect(quietMs(idle, T0 + 1000 * S)).to.equal(60 * S);
    expect(idlePhase(idle, limits, T0 + 1030 * S).name).to.equal('warning');
    expect(resumeIdle(idle, T0 + 1031 * S)).to.equal(idle);
  });

  it('input while paused stays paused, with no quiet time counted', () => {
    let idle = pauseIdle(startIdle(T0), T0 + 10 * S);
    idle = noteActivity(idle, T0 + 20 * S);
    expect(quietMs(idle, T0 + 500 * S)).to.equal(0);
    idle = resumeIdle(idle, T0 + 500 * S);
    expect(quietMs(idle, T0 + 510 * S)).to.equal(10 * S);
  });

  it('never counts negative quiet time when the clock goes back', () => {
    expect(quietMs(startIdle(T0), T0 - 5 * S)).to.equal(0);
  });
});
