import { expect } from '@open-wc/testing';
import {
  elapsedMs,
  endsAt,
  isFinished,
  isPaused,
  pauseCountdown,
  progress,
  remainingMs,
  resumeCountdown,
  startCountdown,
  stepsLeft,
} from '../../src/logic/countdown.js';

const T0 = 1_000_000;
const MIN = 60_000;

describe('countdown', () => {
  it('counts a 20-minute round to the millisecond', () => {
    const c = startCountdown(20 * MIN, T0);
    expect(remainingMs(c, T0)).to.equal(20 * MIN);
    expect(remainingMs(c, T0 + 1)).to.equal(20 * MIN - 1);
    expect(remainingMs(c, T0 + 20 * MIN - 1)).to.equal(1);
    expect(isFinished(c, T0 + 20 * MIN - 1)).to.equal(false);
    expect(remainingMs(c, T0 + 20 * MIN)).to.equal(0);
    expect(isFinished(c, T0 + 20 * MIN)).to.equal(true);
    expect(remainingMs(c, T0 + 99 * MIN)).to.equal(0);
    expect(endsAt(c, T0)).to.equal(T0 + 20 * MIN);
  });

  it('stands still while paused and adds the pause to the end', () => {
    let c = startCountdown(10 * MIN, T0);
    c = pauseCountdown(c, T0 + 3 * MIN);
    expect(isPaused(c)).to.equal(true);
    expect(remainingMs(c, T0 + 3 * MIN)).to.equal(7 * MIN);
    expect(remainingMs(c, T0 + 50 * MIN)).to.equal(7 * MIN);
    expect(endsAt(c, T0 + 50 * MIN)).to.equal(T0 + 57 * MIN);
    c = resumeCountdown(c, T0 + 50 * MIN);
    expect(isPaused(c)).to.equal(false);
    expect(c.pausedMs).to.equal(47 * MIN);
    expect(remainingMs(c, T0 + 51 * MIN)).to.equal(6 * MIN);
    expect(endsAt(c, T0 + 51 * MIN)).to.equal(T0 + 57 * MIN);
    expect(isFinished(c, T0 + 57 * MIN)).to.equal(true);
  });

  it('adds up several pauses', () => {
    let c = startCountdown(10 * MIN, T0);
    c = resumeCountdown(pauseCountdown(c, T0 + MIN), T0 + 2 * MIN);
    c = resumeCountdown(pauseCountdown(c, T0 + 3 * MIN), T0 + 5 * MIN);
    expect(c.pausedMs).to.equal(3 * MIN);
    expect(elapsedMs(c, T0 + 6 * MIN)).to.equal(3 * MIN);
  });

  it('ignores a second pause or a resume while running', () => {
    const running = startCountdown(MIN, T0);
    expect(resumeCountdown(running, T0 + 10)).to.equal(running);
    const paused = pauseCountdown(running, T0 + 10);
    expect(pauseCountdown(paused, T0 + 20)).to.equal(paused);
  });

  it('never goes below zero elapsed when the clock is set back', () => {
    const c = startCountdown(MIN, T0);
    expect(elapsedMs(c, T0 - 5000)).to.equal(0);
    expect(remainingMs(c, T0 - 5000)).to.equal(MIN);
  });

  it('reports progress from 0 to 1, and a zero-length countdown is done at once', () => {
    const c = startCountdown(4000, T0);
    expect(progress(c, T0)).to.equal(0);
    expect(progress(c, T0 + 1000)).to.equal(0.25);
    expect(progress(c, T0 + 9000)).to.equal(1);
    const zero = startCountdown(0, T0);
    expect(isFinished(zero, T0)).to.equal(true);
    expect(progress(zero, T0)).to.equal(1);
    expect(startCountdown(-5, T0).durationMs).to.equal(0);
  });

  it('counts whole steps left, dropping on each mark', () => {
    const five = 5 * MIN;
    expect(stepsLeft(15 * MIN, five)).to.equal(3);
    expect(stepsLeft(10 * MIN + 1, five)).to.equal(3);
    expect(stepsLeft(10 * MIN, five)).to.equal(2);
    expect(stepsLeft(12 * MIN, five)).to.equal(3);
    expect(stepsLeft(1, five)).to.equal(1);
    expect(stepsLeft(0, five)).to.equal(0);
    expect(stepsLeft(-5, five)).to.equal(0);
  });
});
