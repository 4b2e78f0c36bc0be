import { expect } from '@open-wc/testing';
import { PREGNANT_ON_BACK, STRETCH_IDS, STRETCHES, type Dose } from '../../src/content/stretches.js';
import {
  holdSecondsFor,
  newRoutine,
  next,
  pause,
  phaseEndsIn,
  planRoutine,
  planStep,
  position,
  previous,
  resume,
  settle,
  start,
  stateOf,
  stop,
  type Routine,
  type Step,
} from '../../src/logic/routine.js';

const T0 = 5_000_000;
const S = 1000;

const all = () => planRoutine(STRETCHES);
const phaseLengths = (s: Step) => s.phases.map((p) => p.durationMs / S);

/** A two-stretch plan with simple numbers: a 10 s + 10 s sided hold, then 3 × (2 s in, 3 s out). */
const small = (): Step[] => [
  planStep('a', { kind: 'hold', seconds: 10, min: 5, max: 20, sides: ['left', 'right'] }),
  planStep('b', {
    kind: 'reps',
    reps: 3,
    pace: [
      { cue: 'in', seconds: 2 },
      { cue: 'out', seconds: 3 },
    ],
  }),
];

const at = (r: Routine, now: number) => position(settle(r, now), now)!;

describe('stretch content', () => {
  it('has the five stretches of CONTENT.md §4 in order, each with a source, a name and 3–4 steps', () => {
    expect(STRETCHES.map((s) => s.id)).to.deep.equal(['knee-to-chest', 'cat-cow', 'child-pose', 'supine-rotation', 'prone-press-up']);
    expect(STRETCH_IDS).to.deep.equal(STRETCHES.map((s) => s.id));
    for (const s of STRETCHES) {
      expect(s.sources, s.id).to.include('001');
      expect(s.name(), s.id).to.be.a('string').and.not.equal('');
      expect(s.steps().length, s.id).to.be.within(3, 4);
    }
  });

  it('marks every number the sources do not give as a chosen default', () => {
    const chosen = STRETCHES.filter((s) => s.dose.defaultChosen).map((s) => s.id);
    expect(chosen).to.deep.equal(['cat-cow', 'supine-rotation', 'prone-press-up']);
  });

  it('keeps the sourced holds inside their ranges: knee to chest 20–30 s, child’s pose 30–60 s', () => {
    const [knee, , child] = STRETCHES;
    expect(knee!.dose).to.include({ kind: 'hold', seconds: 30, min: 20, max: 30 });
    expect(child!.dose).to.include({ kind: 'hold', seconds: 45, min: 30, max: 60 });
  });

  it('knows which stretches are done on the back and on the stomach', () => {
    expect(STRETCHES.map((s) => s.lying ?? '-')).to.deep.equal(['back', '-', '-', 'back', 'stomach']);
  });

  it('the pregnant limits keep knee to chest inside its source range', () => {
    const knee = STRETCHES[0]!.dose as Extract<Dose, { kind: 'hold' }>;
    expect(PREGNANT_ON_BACK.holdSeconds).to.be.within(knee.min, knee.max);
    expect(PREGNANT_ON_BACK.reps).to.equal(3);
  });

  it('cautions about the press-up, and only the press-up', () => {
    expect(STRETCHES.filter((s) => s.caution).map((s) => s.id)).to.deep.equal(['prone-press-up']);
  });
});

describe('planning a routine', () => {
  it('knee to chest: 30 s on the left, then 30 s on the right', () => {
    const [knee] = all();
    expect(knee!.phases.map((p) => [p.cue, p.side, p.durationMs])).to.deep.equal([
      ['hold', 'left', 30 * S],
      ['hold', 'right', 30 * S],
    ]);
    expect(knee!.durationMs).to.equal(60 * S);
  });

  it('child’s pose: one 45 s hold', () => {
    const child = all()[2]!;
    expect(child.phases).to.deep.equal([{ cue: 'hold', rep: 1, reps: 1, durationMs: 45 * S }]);
  });

  it('cat-cow: 5 slow breaths, 5 s in and 5 s out', () => {
    const cat = all()[1]!;
    expect(cat.phases.map((p) => p.cue).join(' ')).to.equal('in out in out in out in out in out');
    expect(phaseLengths(cat).every((s) => s === 5)).to.equal(true);
    expect(cat.phases.map((p) => p.rep)).to.deep.equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(cat.phases.every((p) => p.reps === 5)).to.equal(true);
  });

  it('knee rolls: 5 times to each side, alternating, 6 s each', () => {
    const rot = all()[3]!;
    expect(rot.phases.map((p) => p.side)).to.deep.equal(Array(5).fill(['left', 'right']).flat());
    expect(rot.phases.every((p) => p.cue === 'side' && p.durationMs === 6 * S)).to.equal(true);
  });

  it('press-up: 5 times up and down, 5 s each', () => {
    const press = all()[4]!;
    expect(press.phases.map((p) => p.cue)).to.deep.equal(Array(5).fill(['up', 'down']).flat());
    expect(press.durationMs).to.equal(50 * S);
  });

  it('hold-seconds replaces every hold, within its own range, and leaves the paced stretches alone', () => {
    const steps = planRoutine(STRETCHES, { holdSeconds: 25 });
    expect(phaseLengths(steps[0]!)).to.deep.equal([25, 25]);
    expect(phaseLengths(steps[2]!)).to.deep.equal([30]);
    expect(steps[1]!.durationMs).to.equal(50 * S);
  });

  for (const [asked, knee, child] of [
    [19, 20, 30],
    [20, 20, 30],
    [29, 29, 30],
    [30, 30, 30],
    [31, 30, 31],
    [60, 30, 60],
    [61, 30, 60],
    [0, 20, 30],
  ] as const) {
    it(`hold-seconds ${asked}: knee to chest ${knee} s (20–30), child's pose ${child} s (30–60)`, () => {
      const [kneeDose, , childDose] = STRETCHES.map((s) => s.dose) as Extract<Dose, { kind: 'hold' }>[];
      expect(holdSecondsFor(kneeDose!, asked)).to.equal(knee);
      expect(holdSecondsFor(childDose!, asked)).to.equal(child);
      const steps = planRoutine(STRETCHES, { holdSeconds: asked });
      expect(phaseLengths(steps[0]!)).to.deep.equal([knee, knee]);
      expect(phaseLengths(steps[2]!)).to.deep.equal([child]);
    });
  }

  it('pregnant: no press-up; knee to chest 20 s each leg and 3 knee rolls; the rest unchanged', () => {
    const steps = planRoutine(STRETCHES, { pregnant: PREGNANT_ON_BACK });
    expect(steps.map((s) => s.id)).to.deep.equal(['knee-to-chest', 'cat-cow', 'child-pose', 'supine-rotation']);
    expect(phaseLengths(steps[0]!)).to.deep.equal([20, 20]);
    expect(steps[1]!).to.deep.equal(all()[1]);
    expect(steps[2]!).to.deep.equal(all()[2]);
    expect(steps[3]!.phases).to.have.length(6);
    expect(steps[3]!.durationMs).to.equal(36 * S);
  });

  it('pregnant: the caps on the back hold whatever hold-seconds and reps the page asks', () => {
    const short = planRoutine(STRETCHES, { pregnant: PREGNANT_ON_BACK, holdSeconds: 25, reps: 10 });
    expect(phaseLengths(short[0]!)).to.deep.equal([20, 20]);
    expect(short[3]!.phases.at(-1)).to.include({ rep: 3, reps: 3 });
    expect(short[1]!.phases.at(-1)).to.include({ rep: 10, reps: 10 });
    expect(phaseLengths(short[2]!)).to.deep.equal([30]);
  });

  it('reps replaces every count and leaves the holds alone', () => {
    const steps = planRoutine(STRETCHES, { reps: 3 });
    expect(steps[1]!.phases).to.have.length(6);
    expect(steps[3]!.phases).to.have.length(6);
    expect(steps[4]!.phases.at(-1)).to.include({ rep: 3, reps: 3 });
    expect(steps[0]!.durationMs).to.equal(60 * S);
    expect(steps[2]!.durationMs).to.equal(45 * S);
  });

  it('null options mean the built-in defaults', () => {
    expect(planRoutine(STRETCHES, { holdSeconds: null, reps: null })).to.deep.equal(all());
  });

  it('follows the order it is given', () => {
    const order = [STRETCHES[4]!, STRETCHES[0]!];
    expect(planRoutine(order).map((s) => s.id)).to.deep.equal(['prone-press-up', 'knee-to-chest']);
  });
});

describe('running a routine', () => {
  it('starts idle on the first stretch, with nothing done', () => {
    const r = newRoutine(small());
    expect(stateOf(r)).to.equal('idle');
    expect(r.index).to.equal(0);
    expect(r.completed).to.deep.equal([]);
    const p = position(r, T0)!;
    expect(p.phaseIndex).to.equal(0);
    expect(p.phaseRemainingMs).to.equal(10 * S);
    expect(p.phaseProgress).to.equal(0);
    expect(phaseEndsIn(r, T0)).to.deep.equal([]);
  });

  it('waiting does nothing until Start', () => {
    const r = newRoutine(small());
    expect(settle(r, T0 + 999 * S)).to.equal(r);
  });

  it('times each hold to the millisecond, left then right', () => {
    const r = start(newRoutine(small()), T0);
    expect(stateOf(r)).to.equal('running');
    expect(at(r, T0)).to.include({ phaseIndex: 0, phaseRemainingMs: 10 * S, phaseProgress: 0 });
    expect(at(r, T0).phase.side).to.equal('left');
    expect(at(r, T0 + 2500)).to.include({ phaseIndex: 0, phaseRemainingMs: 7500, phaseProgress: 0.25 });
    expect(at(r, T0 + 10 * S - 1)).to.include({ phaseIndex: 0, phaseRemainingMs: 1 });
    expect(at(r, T0 + 10 * S)).to.include({ phaseIndex: 1, phaseRemainingMs: 10 * S });
    expect(at(r, T0 + 10 * S).phase.side).to.equal('right');
    expect(at(r, T0 + 20 * S - 1)).to.include({ phaseIndex: 1, phaseRemainingMs: 1 });
    expect(settle(r, T0 + 20 * S - 1)).to.equal(r);
  });

  it('when the last phase ends, counts the stretch done and waits on the next one', () => {
    const r = settle(start(newRoutine(small()), T0), T0 + 20 * S);
    expect(r.completed).to.deep.equal(['a']);
    expect(r.index).to.equal(1);
    expect(stateOf(r)).to.equal('idle');
    expect(position(r, T0 + 20 * S)).to.include({ phaseIndex: 0, phaseRemainingMs: 2 * S });
  });

  it('paces breaths in and out through every repetition', () => {
    let r = settle(start(newRoutine(small()), T0), T0 + 20 * S);
    const t1 = T0 + 30 * S;
    r = start(r, t1);
    const seen = [0, 1999, 2000, 4999, 5000, 7000, 10_000, 12_000, 14_999].map((ms) => {
      const p = at(r, t1 + ms);
      return `${p.phase.cue}${p.phase.rep}`;
    });
    expect(seen).to.deep.equal(['in1', 'in1', 'out1', 'out1', 'in2', 'out2', 'in3', 'out3', 'out3']);
    const done = settle(r, t1 + 15 * S);
    expect(done.ended).to.equal('done');
    expect(stateOf(done)).to.equal('done');
    expect(done.completed).to.deep.equal(['a', 'b']);
    expect(position(done, t1 + 15 * S)).to.equal(null);
  });

  it('a routine with no stretches is done at once', () => {
    const r = newRoutine([]);
    expect(stateOf(r)).to.equal('done');
    expect(start(r, T0)).to.equal(r);
  });

  it('start is ignored while a stretch runs or after the end', () => {
    const r = start(newRoutine(small()), T0);
    expect(start(r, T0 + S)).to.equal(r);
    const ended = stop(r, T0, 'user');
    expect(start(ended, T0)).to.equal(ended);
  });
});

describe('pausing', () => {
  it('freezes the hold and adds the pause to its end', () => {
    let r = start(newRoutine(small()), T0);
    r = pause(r, T0 + 4 * S);
    expect(stateOf(r)).to.equal('paused');
    expect(at(r, T0 + 4 * S).phaseRemainingMs).to.equal(6 * S);
    expect(at(r, T0 + 500 * S).phaseRemainingMs).to.equal(6 * S);
    expect(settle(r, T0 + 500 * S)).to.equal(r);
    expect(phaseEndsIn(r, T0 + 500 * S)).to.deep.equal([]);
    r = resume(r, T0 + 100 * S);
    expect(stateOf(r)).to.equal('running');
    expect(at(r, T0 + 100 * S).phaseRemainingMs).to.equal(6 * S);
    expect(at(r, T0 + 106 * S)).to.include({ phaseIndex: 1, phaseRemainingMs: 10 * S });
    expect(settle(r, T0 + 116 * S - 1).completed).to.deep.equal([]);
    expect(settle(r, T0 + 116 * S).completed).to.deep.equal(['a']);
  });

  it('adds up several pauses, across phases', () => {
    let r = start(newRoutine(small()), T0);
    r = resume(pause(r, T0 + 2 * S), T0 + 5 * S); // 3 s paused
    r = resume(pause(r, T0 + 15 * S), T0 + 22 * S); // 7 s paused, in the right-side hold
    expect(at(r, T0 + 22 * S)).to.include({ phaseIndex: 1, phaseRemainingMs: 8 * S });
    expect(settle(r, T0 + 30 * S - 1).index).to.equal(0);
    expect(settle(r, T0 + 30 * S).index).to.equal(1);
  });

  it('pause and resume are ignored when there is nothing to pause or resume', () => {
    const idle = newRoutine(small());
    expect(pause(idle, T0)).to.equal(idle);
    expect(resume(idle, T0)).to.equal(idle);
    const ended = stop(idle, T0, 'pain');
    expect(pause(ended, T0)).to.equal(ended);
    expect(resume(ended, T0)).to.equal(ended);
  });

  it('pausing just after a stretch ran out moves on instead', () => {
    const r = pause(start(newRoutine(small()), T0), T0 + 20 * S);
    expect(r.index).to.equal(1);
    expect(stateOf(r)).to.equal('idle');
    expect(r.completed).to.deep.equal(['a']);
  });
});

describe('chime times', () => {
  it('lists the end of every phase still to come, from now', () => {
    const r = start(newRoutine(small()), T0);
    expect(phaseEndsIn(r, T0)).to.deep.equal([10 * S, 20 * S]);
    expect(phaseEndsIn(r, T0 + 4 * S)).to.deep.equal([6 * S, 16 * S]);
    expect(phaseEndsIn(r, T0 + 10 * S)).to.deep.equal([10 * S]);
  });

  it('after a pause, counts from the resumed clock', () => {
    const r = resume(pause(start(newRoutine(small()), T0), T0 + 4 * S), T0 + 60 * S);
    expect(phaseEndsIn(r, T0 + 60 * S)).to.deep.equal([6 * S, 16 * S]);
  });

  it('paces a chime for every breath in and out', () => {
    const steps = small();
    const r = start({ ...newRoutine(steps), index: 1 }, T0);
    expect(phaseEndsIn(r, T0)).to.deep.equal([2, 5, 7, 10, 12, 15].map((s) => s * S));
  });
});

describe('skipping and going back', () => {
  it('Skip moves to the next stretch without counting this one', () => {
    const r = next(start(newRoutine(small()), T0), T0 + 5 * S);
    expect(r.index).to.equal(1);
    expect(stateOf(r)).to.equal('idle');
    expect(r.completed).to.deep.equal([]);
  });

  it('Skip on the last stretch ends the routine', () => {
    const r = next(next(newRoutine(small()), T0), T0);
    expect(r.ended).to.equal('done');
    expect(r.completed).to.deep.equal([]);
    expect(next(r, T0)).to.equal(r);
  });

  it('Skip just after the time ran out counts the stretch, and skips nothing more', () => {
    const r = next(start(newRoutine(small()), T0), T0 + 25 * S);
    expect(r.completed).to.deep.equal(['a']);
    expect(r.index).to.equal(1);
  });

  it('Previous goes back one stretch, waiting for Start', () => {
    let r = next(newRoutine(small()), T0);
    r = start(r, T0);
    r = previous(r, T0 + S);
    expect(r.index).to.equal(0);
    expect(stateOf(r)).to.equal('idle');
  });

  it('Previous on the first stretch goes back to its start', () => {
    const running = start(newRoutine(small()), T0);
    const r = previous(running, T0 + 3 * S);
    expect(r.index).to.equal(0);
    expect(stateOf(r)).to.equal('idle');
    expect(previous(r, T0).index).to.equal(0);
  });

  it('Previous keeps what was done, and doing it again counts it once', () => {
    let r = settle(start(newRoutine(small()), T0), T0 + 20 * S);
    r = previous(r, T0 + 21 * S);
    expect(r.index).to.equal(0);
    expect(r.completed).to.deep.equal(['a']);
    r = settle(start(r, T0 + 30 * S), T0 + 50 * S);
    expect(r.completed).to.deep.equal(['a']);
  });

  it('Previous after the end does nothing', () => {
    const r = stop(newRoutine(small()), T0, 'user');
    expect(previous(r, T0)).to.equal(r);
  });
});

describe('stopping', () => {
  for (const reason of ['pain', 'user'] as const) {
    it(`stops from any state with reason "${reason}", keeping what was done`, () => {
      const base = settle(start(newRoutine(small()), T0), T0 + 20 * S);
      const cases: Routine[] = [
        newRoutine(small()),
        start(newRoutine(small()), T0),
        pause(start(newRoutine(small()), T0), T0 + S),
        base,
        start(base, T0 + 30 * S),
      ];
      for (const r of cases) {
        const s = stop(r, T0 + 5 * S, reason);
        expect(stateOf(s)).to.equal('stopped');
        expect(s.reason).to.equal(reason);
        expect(s.completed).to.deep.equal(r.completed);
        expect(phaseEndsIn(s, T0 + 5 * S)).to.deep.equal([]);
        expect(position(s, T0)).to.equal(null);
      }
    });
  }

  it('pain stops even in the instant the last stretch finished, and counts it', () => {
    const r = start({ ...newRoutine(small()), index: 1 }, T0);
    const s = stop(r, T0 + 15 * S, 'pain');
    expect(stateOf(s)).to.equal('stopped');
    expect(s.completed).to.deep.equal(['b']);
  });

  it('a stopped or finished routine stays as it is', () => {
    const s = stop(newRoutine(small()), T0, 'pain');
    expect(stop(s, T0, 'user')).to.equal(s);
    expect(next(s, T0)).to.equal(s);
    expect(settle(s, T0)).to.equal(s);
  });
});

describe('a clock set back', () => {
  it('never counts below the start of a hold', () => {
    const r = start(newRoutine(small()), T0);
    expect(at(r, T0 - 60 * S)).to.include({ phaseIndex: 0, phaseRemainingMs: 10 * S });
  });
});
