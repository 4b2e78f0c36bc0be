import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { RoutineCompleteDetail, RoutineStopDetail } from '../../../src/events.js';
import { RoutineController, type RoutineEventName } from '../../../src/elements/stretch-routine/routine-controller.js';
import { stretchOf } from '../../../src/elements/stretch-routine/screens.js';
import { next, planRoutine, previous, type RoutineState } from '../../../src/logic/routine.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { ControllerProbe } from '../../controller-probe.js';
import { moveElsewhere } from '../../helpers.js';

// The routine's hold timers on their own, in a host that shows only its state
// and its live regions: knee to chest (30 s each leg), then child's pose (45 s).

const S = 1000;

class RoutineProbe extends ControllerProbe<RoutineState | 'intro', RoutineEventName, RoutineCompleteDetail | RoutineStopDetail> {
  clock = new FakeClock();
  sound = new FakeSound();
  muted = false;
  begun = true;
  readonly run = new RoutineController(this, {
    clock: () => this.clock,
    sound: () => this.sound,
    muted: () => this.muted,
    plan: () => planRoutine(['knee-to-chest', 'child-pose'].map(stretchOf)),
    begun: () => this.begun,
    ...this.hooks(),
  });
}
customElements.define('routine-probe', RoutineProbe);

async function probe(setup: (el: RoutineProbe) => void = () => {}): Promise<RoutineProbe> {
  const el = document.createElement('routine-probe') as RoutineProbe;
  setup(el);
  return fixture<RoutineProbe>(el);
}

async function main(el: RoutineProbe): Promise<void> {
  el.run.main();
  await el.updateComplete;
}

async function repaint(el: RoutineProbe): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
}

const said = (el: RoutineProbe) => el.announcer.current.polite;
const delays = (el: RoutineProbe) => el.sound.pending.map((c) => c.delayMs);

describe('RoutineController', () => {
  it('runs each phase on its own ticks, says each cue once, chimes at each phase end, and waits for Start between stretches', async () => {
    const el = await probe();
    expect(el.state).to.equal('idle');
    await main(el);
    expect(el.state).to.equal('running');
    expect(said(el)).to.equal('Left leg: hold, 30 seconds.');
    expect(delays(el)).to.deep.equal([30 * S, 60 * S]);
    expect(el.sound.pending.map((c) => c.kind)).to.deep.equal(['soft', 'soft']);

    el.clock.advance(30 * S);
    // No repaint from the test: the controller's ticker does it.
    await waitUntil(() => said(el) === 'Right leg: hold, 30 seconds.', 'the second phase said');
    el.clock.advance(30 * S);
    await waitUntil(() => el.state === 'idle', 'the stretch ends on a tick');
    expect(said(el)).to.equal("Knee to chest done. Next: Child's pose. Press Start when you are ready.");
    expect(el.run.routine.index).to.equal(1);
    expect(el.run.completed).to.deep.equal(['knee-to-chest']);
    expect(el.events, 'no event until the routine ends').to.deep.equal([]);

    await main(el);
    expect(said(el)).to.equal('Hold, 45 seconds.');
    el.clock.advance(45 * S);
    await repaint(el);
    expect(el.state).to.equal('done');
    expect(said(el)).to.equal("Child's pose done. That was the last stretch.");
    expect(el.events).to.deep.equal([{ name: 'spasm-routine-complete', detail: { completed: ['knee-to-chest', 'child-pose'] } }]);
  });

  it('pause cancels the chimes still to come; resume books them again for the time left', async () => {
    const el = await probe();
    await main(el);
    el.clock.advance(10 * S);
    await main(el);
    expect(el.state).to.equal('paused');
    expect(said(el)).to.equal('Paused.');
    expect(el.sound.pending).to.deep.equal([]);
    el.clock.advance(60 * S);
    await repaint(el);
    expect(el.state, 'a paused hold waits').to.equal('paused');
    await main(el);
    expect(el.state).to.equal('running');
    expect(said(el)).to.equal('Left leg: hold, 20 seconds.');
    expect(delays(el)).to.deep.equal([20 * S, 50 * S]);
  });

  it('a press meant for a stretch that ran out between repaints does nothing but catch up', async () => {
    const el = await probe();
    await main(el);
    el.clock.advance(60 * S);
    el.run.main(); // Pause, pressed before any repaint showed the stretch had ended
    await el.updateComplete;
    expect(el.state, 'the next stretch waits for Start, not paused').to.equal('idle');
    expect(el.run.routine.index).to.equal(1);
    await main(el);
    el.clock.advance(45 * S);
    expect(el.run.move(next), 'Skip, pressed the same way').to.equal(false);
    await el.updateComplete;
    expect(el.state).to.equal('done');
    expect(el.run.completed, "child's pose counted as done, not skipped").to.deep.equal(['knee-to-chest', 'child-pose']);
    expect(el.events.map((e) => e.name)).to.deep.equal(['spasm-routine-complete']);
  });

  it('Previous and Skip leave the running stretch without counting it, and say nothing', async () => {
    const el = await probe();
    await main(el);
    el.clock.advance(10 * S);
    expect(el.run.move(next)).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(el.run.routine.index).to.equal(1);
    expect(said(el)).to.equal('');
    expect(el.sound.pending).to.deep.equal([]);
    expect(el.run.move(previous)).to.equal(true);
    await el.updateComplete;
    expect(el.run.routine.index).to.equal(0);
    expect(el.run.completed).to.deep.equal([]);
  });

  it('end: stops with the reason and what was done, chimes cancelled', async () => {
    const el = await probe();
    await main(el);
    el.clock.advance(5 * S);
    el.run.end('pain');
    await el.updateComplete;
    expect(el.state).to.equal('stopped');
    expect(el.events).to.deep.equal([{ name: 'spasm-routine-stop', detail: { completed: [], reason: 'pain' } }]);
    expect(el.sound.pending).to.deep.equal([]);
  });

  it('moved in the page mid-hold keeps counting and books the chimes again for the time left', async () => {
    const el = await probe();
    await main(el);
    el.clock.advance(10 * S);
    const elsewhere = moveElsewhere(el);
    try {
      expect(delays(el)).to.deep.equal([20 * S, 50 * S]);
      el.clock.advance(20 * S);
      await waitUntil(() => said(el) === 'Right leg: hold, 30 seconds.', 'ticking again after the move');
    } finally {
      elsewhere.remove();
    }
  });

  it('before the start screen is passed, or muted: nothing chimes', async () => {
    const intro = await probe((p) => (p.begun = false));
    await main(intro);
    expect(intro.state).to.equal('intro');
    expect(intro.sound.scheduled).to.deep.equal([]);
    const muted = await probe((p) => (p.muted = true));
    await main(muted);
    expect(muted.state).to.equal('running');
    expect(muted.sound.scheduled).to.deep.equal([]);
  });

  it('replan: back to the first stretch, waiting, with nothing left to say', async () => {
    const el = await probe();
    await main(el);
    el.run.replan();
    await el.updateComplete;
    expect(el.state).to.equal('idle');
    expect(said(el)).to.equal('');
    expect(el.sound.pending).to.deep.equal([]);
  });
});
