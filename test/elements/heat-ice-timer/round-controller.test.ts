import { expect, fixture, waitUntil } from '@open-wc/testing';
import { SteadyClock, type Clock } from '../../../src/core/clock.js';
import { memoryStore, STORAGE_PREFIX, type KeyValueStore } from '../../../src/core/storage.js';
import { RoundController, type TimerEventName } from '../../../src/elements/heat-ice-timer/round-controller.js';
import type { TimerDetail } from '../../../src/events.js';
import { cancel, type TimerData, type TimerState } from '../../../src/logic/heat-ice-timer.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { ControllerProbe } from '../../controller-probe.js';
import { moveElsewhere } from '../../helpers.js';
import { otherTab } from './other-tab.js';

// The round controller on its own, in a host that only shows its state and
// its live regions: time comes from a fake clock, sound from a fake.

const MIN = 60_000;
const T0 = new Date(2026, 10, 20, 14, 0, 0).getTime();
const KEY = `${STORAGE_PREFIX}heat-ice-timer:round-probe`;

class RoundProbe extends ControllerProbe<TimerState, TimerEventName, TimerDetail> {
  clock: Clock = new FakeClock(T0);
  sound = new FakeSound();
  store: KeyValueStore | null = memoryStore();
  muted = false;
  readonly round = new RoundController(this, {
    clock: () => this.clock,
    sound: () => this.sound,
    store: () => this.store,
    key: () => KEY,
    muted: () => this.muted,
    ...this.hooks(),
  });
}
customElements.define('round-probe', RoundProbe);

let clock: FakeClock;

async function probe(setup: (el: RoundProbe) => void = () => {}): Promise<RoundProbe> {
  const el = document.createElement('round-probe') as RoundProbe;
  el.clock = clock;
  setup(el);
  return fixture<RoundProbe>(el);
}

async function repaint(el: RoundProbe): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
}

async function startIce(el: RoundProbe): Promise<void> {
  expect(el.round.start('ice', 15 * MIN, 60 * MIN)).to.equal(true);
  await el.updateComplete;
}

const names = (el: RoundProbe) => el.events.map((e) => e.name);
const polite = (el: RoundProbe) => el.announcer.current.polite;
const saved = (store: KeyValueStore) => (JSON.parse(store.getItem(KEY)!) as { value: TimerData }).value;
const detail = (endsAt: number) => ({ mode: 'ice', durationMs: 15 * MIN, endsAt });

describe('RoundController', () => {
  beforeEach(() => {
    clock = new FakeClock(T0);
  });

  it('start → tick → complete: counts on its own ticks, says the minutes left and the end, chimes once, vibrates, saves, then rests', async () => {
    const el = await probe();
    await startIce(el);
    expect(el.state).to.equal('running');
    expect(el.events).to.deep.equal([{ name: 'spasm-timer-start', detail: detail(T0 + 15 * MIN) }]);
    expect(polite(el)).to.equal('Ice round started. It ends at 2:15 PM.');
    expect(el.sound.pending).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
    expect(saved(el.store!).round?.mode, 'saved at once').to.equal('ice');

    clock.advance(5 * MIN);
    // No repaint from the test: the controller's ticker does it.
    await waitUntil(() => polite(el) === '10 minutes left.', 'the 10-minute mark said');
    clock.advance(10 * MIN);
    await waitUntil(() => el.state === 'done', 'time up noticed by the ticker');
    expect(names(el)).to.deep.equal(['spasm-timer-start', 'spasm-timer-complete']);
    expect(el.events[1]!.detail).to.deep.equal(detail(T0 + 15 * MIN));
    expect(el.announcer.current.assertive).to.equal("Time's up: take the pack off.");
    expect(el.sound.scheduled, 'the one booking rings out, none added').to.have.length(1);
    expect(el.sound.pending).to.have.length(1);
    expect(el.sound.vibrations).to.equal(1);
    expect(saved(el.store!).ended).to.deep.include({ at: T0 + 15 * MIN, seen: false });

    el.round.acknowledge();
    await el.updateComplete;
    expect(el.state).to.equal('resting');
    clock.advance(60 * MIN);
    await waitUntil(() => el.state === 'idle', 'the rest ends on a tick');
    expect(polite(el)).to.equal('You can start the next round now.');
    expect(names(el), 'nothing fired twice').to.have.length(2);
  });

  it('pause and resume: no chime while paused, a new end time and chime after', async () => {
    const el = await probe();
    await startIce(el);
    clock.advance(5 * MIN);
    await repaint(el);
    expect(el.round.pauseOrResume()).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('paused');
    expect(el.events[1]).to.deep.equal({ name: 'spasm-timer-pause', detail: detail(T0 + 15 * MIN) });
    expect(polite(el)).to.equal('Paused.');
    expect(el.sound.pending).to.deep.equal([]);

    clock.advance(3 * MIN);
    await repaint(el);
    expect(el.state, 'the time left stands still').to.equal('paused');
    expect(el.round.pauseOrResume()).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('running');
    expect(el.events[2]).to.deep.equal({ name: 'spasm-timer-resume', detail: detail(T0 + 18 * MIN) });
    expect(polite(el)).to.equal('Resumed. It ends at 2:18 PM.');
    expect(el.sound.pending).to.deep.equal([{ delayMs: 10 * MIN, kind: 'end', cancelled: false }]);

    clock.advance(10 * MIN - 1);
    await repaint(el);
    expect(el.state).to.equal('running');
    clock.advance(1);
    await repaint(el);
    expect(el.state).to.equal('done');
    expect(el.events[3]).to.deep.equal({ name: 'spasm-timer-complete', detail: detail(T0 + 18 * MIN) });
  });

  it('a pause longer than the round cancels it as of the pause, and a press meant for the paused screen does nothing', async () => {
    const el = await probe();
    await startIce(el);
    clock.advance(5 * MIN);
    el.round.pauseOrResume();
    await el.updateComplete;
    clock.advance(15 * MIN);
    await repaint(el);
    expect(el.state, 'a pause exactly as long as the round still waits').to.equal('paused');
    expect(el.round.expired).to.equal(false);

    clock.advance(1);
    // Resume pressed before any repaint showed that the round had ended.
    expect(el.round.pauseOrResume()).to.equal(false);
    await el.updateComplete;
    expect(el.state, 'five minutes on: the skin rests from the pause').to.equal('resting');
    expect(el.round.expired).to.equal(true);
    expect(names(el)).to.deep.equal(['spasm-timer-start', 'spasm-timer-pause', 'spasm-timer-cancel']);
    expect(el.events[2]!.detail).to.deep.equal(detail(T0 + 5 * MIN + 15 * MIN));
    expect(polite(el)).to.equal('The pause was longer than the round, so the round has ended.');
    expect(el.announcer.current.assertive).to.equal('');
    expect(el.sound.pending).to.deep.equal([]);
    expect(el.sound.vibrations).to.equal(0);
    expect(el.round.data.ended).to.deep.include({ at: T0 + 5 * MIN, restUntil: T0 + 65 * MIN });
    expect(el.round.data.log.map((e) => e.ms)).to.deep.equal([5 * MIN]);

    clock.advance(60 * MIN);
    await repaint(el);
    await startIce(el);
    expect(el.round.expired, 'forgotten with the next round').to.equal(false);
  });

  it('moved in the page mid-round keeps counting, books the chime again for the time left, and ends once', async () => {
    const el = await probe();
    await startIce(el);
    clock.advance(2 * MIN);
    const elsewhere = moveElsewhere(el);
    try {
      expect(el.sound.scheduled.map((s) => [s.delayMs, s.cancelled])).to.deep.equal([
        [15 * MIN, true],
        [13 * MIN, false],
      ]);
      clock.advance(3 * MIN);
      await waitUntil(() => polite(el) === '10 minutes left.', 'ticking again after the move');
      expect(el.state).to.equal('running');
      clock.advance(10 * MIN);
      await waitUntil(() => el.state === 'done', 'ends after the move');
      expect(names(el)).to.deep.equal(['spasm-timer-start', 'spasm-timer-complete']);
      expect(el.sound.pending).to.have.length(1);
      expect(el.sound.vibrations).to.equal(1);
    } finally {
      elsewhere.remove();
    }
  });

  describe('the device clock changed mid-round', () => {
    let wall: number;
    let mono: number;
    let steady: SteadyClock;
    beforeEach(() => {
      wall = T0;
      mono = 0;
      steady = new SteadyClock({ wall: () => wall, mono: () => mono }, {});
    });

    it('set back an hour while on screen: the round still ends 15 minutes after it began, its chime untouched', async () => {
      const el = await probe((p) => (p.clock = steady));
      await startIce(el);
      mono += 5 * MIN;
      wall += 5 * MIN - 60 * MIN;
      await repaint(el);
      expect(el.sound.scheduled).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
      mono += 10 * MIN - 1;
      await repaint(el);
      expect(el.state).to.equal('running');
      mono += 1;
      await repaint(el);
      expect(el.state).to.equal('done');
      expect(el.events[1]!.detail.endsAt).to.equal(T0 + 15 * MIN);
    });

    it('set forward an hour while on screen: ignored, the round does not end early', async () => {
      const el = await probe((p) => (p.clock = steady));
      await startIce(el);
      mono += 5 * MIN;
      wall += 65 * MIN;
      await repaint(el);
      expect(el.state).to.equal('running');
      expect(el.sound.pending).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
    });

    it('forward while the page slept: the chime is booked again for the time left', async () => {
      const el = await probe((p) => (p.clock = steady));
      await startIce(el);
      steady.hide();
      wall += 10 * MIN; // asleep: the monotonic clock stood still
      steady.show();
      await repaint(el);
      expect(el.state).to.equal('running');
      expect(el.sound.scheduled[0]!.cancelled, 'the first booking would ring late').to.equal(true);
      expect(el.sound.pending).to.deep.equal([{ delayMs: 5 * MIN, kind: 'end', cancelled: false }]);
    });

    it('forward past the end: the round ends when it was due, with no late chime and no late vibration', async () => {
      const el = await probe();
      await startIce(el);
      clock.jump(20 * MIN);
      await repaint(el);
      expect(el.state).to.equal('done');
      expect(el.events[1]).to.deep.equal({ name: 'spasm-timer-complete', detail: detail(T0 + 15 * MIN) });
      expect(el.sound.pending).to.deep.equal([]);
      expect(el.sound.vibrations).to.equal(0);
      expect(el.announcer.current.assertive).to.equal("Time's up: take the pack off.");
    });
  });

  describe('a round cancelled in another tab', () => {
    it('stops here when the other tab says so, and is never written back', async () => {
      localStorage.removeItem(KEY);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        const el = await probe((p) => (p.store = localStorage));
        await startIce(el);
        clock.advance(3 * MIN);
        await repaint(el);
        const other = otherTab(frame.contentDocument!, frame.contentWindow!.localStorage, KEY);
        expect(other.write(cancel(other.read()!, clock.now()))).to.equal(true);
        await waitUntil(() => el.state !== 'running', 'stopped here');
        expect(el.state).to.equal('resting');
        expect(polite(el)).to.equal('Round stopped.');
        expect(el.sound.pending).to.deep.equal([]);
        clock.advance(15 * MIN);
        await repaint(el);
        expect(el.state).to.equal('resting');
        expect(names(el), 'no "Time\'s up" here').to.deep.equal(['spasm-timer-start']);
        expect(other.read()!.round, 'the cancel stands').to.equal(null);
        other.hostDisconnected();
      } finally {
        frame.remove();
        localStorage.removeItem(KEY);
      }
    });

    it('a tab that missed the change (frozen, no storage event) cannot undo it with its next press', async () => {
      const store = memoryStore();
      const el = await probe((p) => (p.store = store));
      await startIce(el);
      clock.advance(3 * MIN);
      await repaint(el);
      // The other tab: its own document, the same store, and no event reaches this one.
      const other = otherTab(document.implementation.createHTMLDocument(''), store, KEY);
      expect(other.write(cancel(other.read()!, clock.now()))).to.equal(true);
      expect(el.state, 'this tab has not heard').to.equal('running');

      el.round.pauseOrResume();
      await el.updateComplete;
      expect(saved(store).round, 'the pause was not saved over the cancel').to.equal(null);
      expect(el.state).to.equal('resting');
      expect(polite(el)).to.equal('Round stopped.');
      expect(el.sound.pending).to.deep.equal([]);
      clock.advance(15 * MIN);
      await repaint(el);
      expect(el.state).to.equal('resting');
      expect(names(el)).to.not.include('spasm-timer-complete');
      other.hostDisconnected();
    });
  });

  it('muted: no chime booked and no vibration at the end', async () => {
    const el = await probe((p) => (p.muted = true));
    await startIce(el);
    expect(el.sound.scheduled).to.deep.equal([]);
    clock.advance(15 * MIN);
    await repaint(el);
    expect(el.state).to.equal('done');
    expect(el.sound.vibrations).to.equal(0);
  });

  it('reset forgets the round, the log and what was saved, and cancels the chime', async () => {
    const el = await probe();
    await startIce(el);
    clock.advance(15 * MIN);
    await repaint(el);
    el.round.acknowledge();
    clock.advance(60 * MIN);
    await repaint(el);
    await startIce(el);
    clock.advance(2 * MIN);
    await repaint(el);
    expect(el.round.data.log).to.have.length(1);
    el.round.reset();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.round.data.log).to.deep.equal([]);
    expect(el.sound.scheduled.map((s) => s.cancelled)).to.deep.equal([false, true]);
    expect(JSON.parse(el.store!.getItem(KEY)!)).to.deep.include({ value: null });
  });
});
