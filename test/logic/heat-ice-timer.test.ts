import { expect } from '@open-wc/testing';
import {
  acknowledge,
  answer,
  cancel,
  choose,
  confirmSafety,
  initialTimer,
  isTimerData,
  justCompleted,
  justExpired,
  MIN_LOGGED_MS,
  needsSafetyCheck,
  pause,
  resume,
  roundDetail,
  settle,
  start,
  timerState,
  type TimerData,
} from '../../src/logic/heat-ice-timer.js';
import { remainingMs } from '../../src/logic/countdown.js';
import { SafeRecord } from '../../src/core/record.js';
import { memoryStore } from '../../src/core/storage.js';

const MIN = 60_000;
/** 09:00 local time, so day boundaries are the user's midnight wherever the tests run. */
const T0 = new Date(2026, 10, 20, 9, 0, 0).getTime();
const ROUND = 20 * MIN;
const REST = 60 * MIN;

const running = (at = T0, ms = ROUND, rest = REST) => start(initialTimer(), 'ice', ms, rest, at);
/** JSON round trip, as through storage. */
const reload = (d: TimerData): unknown => JSON.parse(JSON.stringify(d));

/** Time left in the round, 0 when there is none. */
const roundRemaining = (d: TimerData, now: number): number => (d.round ? remainingMs(d.round.countdown, now) : 0);

describe('heat-ice timer state machine', () => {
  describe('idle', () => {
    it('starts idle with nothing logged, and settling it changes nothing', () => {
      const d = initialTimer();
      expect(timerState(d, T0)).to.equal('idle');
      expect(settle(d, T0)).to.equal(d);
      expect(roundRemaining(d, T0)).to.equal(0);
    });

    it('start → running, with the round, its mode and its rest', () => {
      const d = start(initialTimer(), 'heat', ROUND, REST, T0);
      expect(timerState(d, T0)).to.equal('running');
      expect(d.round).to.deep.equal({
        mode: 'heat',
        countdown: { durationMs: ROUND, startedAt: T0, pausedAt: null, pausedMs: 0 },
        restMs: REST,
      });
      expect(roundDetail(d.round!, T0)).to.deep.equal({ mode: 'heat', durationMs: ROUND, endsAt: T0 + ROUND });
    });

    it('pause, resume, cancel and acknowledge do nothing when idle', () => {
      const d = initialTimer();
      for (const f of [pause, resume, cancel, acknowledge]) expect(f(d, T0), f.name).to.equal(d);
    });
  });

  describe('running', () => {
    it('counts a full 20-minute round to the millisecond, and ends at the exact due time even if noticed late', () => {
      const d = running();
      expect(roundRemaining(d, T0 + 1)).to.equal(ROUND - 1);
      expect(timerState(d, T0 + ROUND - 1)).to.equal('running');
      expect(roundRemaining(d, T0 + ROUND - 1)).to.equal(1);
      expect(settle(d, T0 + ROUND - 1)).to.equal(d);
      expect(timerState(d, T0 + ROUND)).to.equal('done');

      const late = T0 + ROUND + 7 * MIN;
      const ended = settle(d, late);
      expect(timerState(ended, late)).to.equal('done');
      expect(ended.round).to.equal(null);
      expect(ended.ended).to.deep.equal({ mode: 'ice', at: T0 + ROUND, restUntil: T0 + ROUND + REST, seen: false });
      expect(ended.log).to.deep.equal([{ at: T0, end: T0 + ROUND, mode: 'ice', ms: ROUND }]);
      expect(justCompleted(d, ended)).to.equal(true);
      // Settling again neither logs twice nor "completes" twice.
      expect(settle(ended, late + MIN)).to.equal(ended);
      expect(justCompleted(ended, settle(ended, late + MIN))).to.equal(false);
    });

    it('refuses a second start while running', () => {
      const d = running();
      expect(start(d, 'heat', 10 * MIN, REST, T0 + MIN)).to.equal(d);
    });

    it('ignores resume while running', () => {
      const d = running();
      expect(resume(d, T0 + MIN)).to.equal(d);
    });

    it('cancel in the first minute: back to idle, nothing logged, no rest', () => {
      const d = cancel(running(), T0 + MIN_LOGGED_MS - 1);
      expect(timerState(d, T0 + MIN_LOGGED_MS - 1)).to.equal('idle');
      expect(d.log).to.deep.equal([]);
      expect(d.ended).to.equal(null);
    });

    it('cancel after a minute or more: logged with the time the pack was on, then the rest', () => {
      const at = T0 + 6 * MIN;
      const d = cancel(running(), at);
      expect(timerState(d, at)).to.equal('resting');
      expect(d.log).to.deep.equal([{ at: T0, end: at, mode: 'ice', ms: 6 * MIN }]);
      expect(d.ended).to.deep.equal({ mode: 'ice', at, restUntil: at + REST, seen: true });
      expect(timerState(d, at + REST - 1)).to.equal('resting');
      expect(timerState(d, at + REST)).to.equal('idle');
    });

    it('cancel exactly at one minute counts', () => {
      const d = cancel(running(), T0 + MIN_LOGGED_MS);
      expect(d.log).to.have.length(1);
    });

    it('cancel with no rest configured goes straight to idle, still logged', () => {
      const d = cancel(running(T0, ROUND, 0), T0 + 5 * MIN);
      expect(timerState(d, T0 + 5 * MIN)).to.equal('idle');
      expect(d.ended).to.equal(null);
      expect(d.log).to.have.length(1);
    });
  });

  describe('paused', () => {
    it('stands still while paused; resuming adds the pause to the end', () => {
      let d = pause(running(), T0 + 3 * MIN);
      expect(timerState(d, T0 + 3 * MIN)).to.equal('paused');
      expect(roundRemaining(d, T0 + 3 * MIN)).to.equal(17 * MIN);
      expect(roundRemaining(d, T0 + 23 * MIN)).to.equal(17 * MIN);
      expect(roundDetail(d.round!, T0 + 23 * MIN).endsAt).to.equal(T0 + 40 * MIN);
      d = resume(d, T0 + 23 * MIN);
      expect(timerState(d, T0 + 23 * MIN)).to.equal('running');
      expect(roundDetail(d.round!, T0 + 24 * MIN).endsAt).to.equal(T0 + 40 * MIN);
      expect(timerState(d, T0 + 40 * MIN - 1)).to.equal('running');
      expect(settle(d, T0 + 40 * MIN).ended!.at).to.equal(T0 + 40 * MIN);
    });

    it("a pause exactly the round's length still waits; one millisecond more ends the round like a cancel", () => {
      const before = pause(running(), T0 + 3 * MIN);
      const limit = T0 + 3 * MIN + ROUND;
      expect(settle(before, limit)).to.equal(before);
      expect(timerState(settle(before, limit), limit)).to.equal('paused');
      expect(justExpired(before, settle(before, limit))).to.equal(false);
      const after = settle(before, limit + 1);
      expect(after.round).to.equal(null);
      expect(justExpired(before, after)).to.equal(true);
      expect(justCompleted(before, after)).to.equal(false);
      // Logged with the time the pack was on, resting from when it came off.
      expect(after.log).to.deep.equal([{ at: T0, end: T0 + 3 * MIN, mode: 'ice', ms: 3 * MIN }]);
      expect(after.ended).to.deep.equal({ mode: 'ice', at: T0 + 3 * MIN, restUntil: T0 + 3 * MIN + REST, seen: true });
      expect(timerState(after, limit + 1)).to.equal('resting');
      expect(resume(after, limit + 1)).to.equal(after);
      // Settling again changes nothing and does not expire twice.
      expect(justExpired(after, settle(after, limit + 2))).to.equal(false);
    });

    it('a too-long pause in the first minute ends the round with nothing logged and no rest', () => {
      const before = pause(running(), T0 + MIN_LOGGED_MS - 1);
      const after = settle(before, T0 + MIN_LOGGED_MS - 1 + ROUND + 1);
      expect(after.round).to.equal(null);
      expect(after.log).to.deep.equal([]);
      expect(after.ended).to.equal(null);
      expect(timerState(after, T0 + ROUND + MIN)).to.equal('idle');
    });

    it('a too-long pause long after its round rests from the pause, which may be over already', () => {
      const d = settle(pause(running(), T0 + 5 * MIN), T0 + 5 * 60 * MIN);
      expect(timerState(d, T0 + 5 * 60 * MIN)).to.equal('idle');
      expect(d.ended).to.equal(null);
      expect(d.log).to.have.length(1);
    });

    it('running rounds never expire: only pauses do', () => {
      const d = running();
      expect(justExpired(d, settle(d, T0 + ROUND))).to.equal(false);
      expect(justCompleted(d, settle(d, T0 + ROUND))).to.equal(true);
    });

    it('adds up several pauses to the millisecond', () => {
      let d = running();
      d = resume(pause(d, T0 + 1000), T0 + 1500);
      d = resume(pause(d, T0 + 2000), T0 + 2250);
      expect(roundRemaining(d, T0 + 3000)).to.equal(ROUND - 2250);
      expect(settle(d, T0 + ROUND + 750).ended!.at).to.equal(T0 + ROUND + 750);
      expect(settle(d, T0 + ROUND + 749).round).not.to.equal(null);
    });

    it('ignores a second pause and a start while paused', () => {
      const d = pause(running(), T0 + MIN);
      expect(pause(d, T0 + 2 * MIN)).to.equal(d);
      expect(start(d, 'ice', ROUND, REST, T0 + 2 * MIN)).to.equal(d);
    });

    it('cancel while paused: the rest counts from when the pack came off', () => {
      const d = cancel(pause(running(), T0 + 8 * MIN), T0 + 20 * MIN);
      expect(d.log).to.deep.equal([{ at: T0, end: T0 + 8 * MIN, mode: 'ice', ms: 8 * MIN }]);
      expect(d.ended!.restUntil).to.equal(T0 + 8 * MIN + REST);
      expect(timerState(d, T0 + 20 * MIN)).to.equal('resting');
    });

    it('cancel after a pause has already ended the round changes nothing more', () => {
      const ended = settle(pause(running(), T0 + 2 * MIN), T0 + 3 * 60 * MIN);
      expect(cancel(ended, T0 + 3 * 60 * MIN)).to.deep.equal(ended);
    });
  });

  describe('done and resting', () => {
    const done = () => settle(running(), T0 + ROUND);

    it('done waits for the patient, however long; start, pause, resume and cancel do nothing', () => {
      const d = done();
      const much = T0 + 10 * 60 * MIN;
      expect(timerState(d, much)).to.equal('done');
      for (const f of [pause, resume, cancel]) expect(f(d, much), f.name).to.equal(settle(d, much));
      expect(start(d, 'ice', ROUND, REST, much)).to.equal(settle(d, much));
    });

    it('acknowledge → resting until the rest is over, counted from the end of the round', () => {
      const d = acknowledge(done(), T0 + ROUND + 2 * MIN);
      expect(timerState(d, T0 + ROUND + 2 * MIN)).to.equal('resting');
      expect(d.ended!.seen).to.equal(true);
      expect(timerState(d, T0 + ROUND + REST - 1)).to.equal('resting');
      expect(start(d, 'ice', ROUND, REST, T0 + ROUND + REST - 1)).to.deep.equal(settle(d, T0 + ROUND + REST - 1));
      expect(timerState(d, T0 + ROUND + REST)).to.equal('idle');
      const after = settle(d, T0 + ROUND + REST);
      expect(after.ended).to.equal(null);
      expect(after.log).to.have.length(1);
    });

    it('acknowledge after the rest is already over → idle', () => {
      const d = acknowledge(done(), T0 + ROUND + REST + MIN);
      expect(timerState(d, T0 + ROUND + REST + MIN)).to.equal('idle');
      expect(d.ended).to.equal(null);
    });

    it('with no rest, acknowledging goes straight to idle', () => {
      const d = settle(running(T0, ROUND, 0), T0 + ROUND);
      expect(d.ended!.restUntil).to.equal(T0 + ROUND);
      expect(timerState(acknowledge(d, T0 + ROUND), T0 + ROUND)).to.equal('idle');
    });

    it('a second round may start once the rest is over, and both are logged', () => {
      const t = T0 + ROUND + REST;
      let d = acknowledge(done(), T0 + ROUND);
      d = start(d, 'heat', 10 * MIN, REST, t);
      expect(timerState(d, t)).to.equal('running');
      d = settle(d, t + 10 * MIN);
      expect(d.log.map((e) => [e.mode, e.ms])).to.deep.equal([
        ['ice', ROUND],
        ['heat', 10 * MIN],
      ]);
    });
  });

  describe("today's log", () => {
    const midnight = new Date(2026, 10, 21, 0, 0, 0).getTime();

    it('keeps the rounds that ended today and drops them at local midnight', () => {
      const d = acknowledge(settle(running(), T0 + ROUND), T0 + ROUND);
      expect(settle(d, midnight - 1).log).to.have.length(1);
      expect(settle(d, midnight).log).to.deep.equal([]);
    });

    it('a round that runs past midnight belongs to the day it ended', () => {
      const startAt = midnight - 10 * MIN;
      const d = settle(start(initialTimer(), 'ice', 15 * MIN, REST, startAt), midnight + 5 * MIN);
      expect(d.log).to.deep.equal([{ at: startAt, end: midnight + 5 * MIN, mode: 'ice', ms: 15 * MIN }]);
    });

    it('the safety checklist is asked again each day', () => {
      const d = confirmSafety(initialTimer(), T0);
      expect(needsSafetyCheck(initialTimer(), T0)).to.equal(true);
      expect(needsSafetyCheck(d, T0)).to.equal(false);
      expect(needsSafetyCheck(d, midnight - 1)).to.equal(false);
      expect(needsSafetyCheck(d, midnight)).to.equal(true);
    });
  });

  describe('choices', () => {
    it("choose records the patient's pick, and the same pick changes nothing", () => {
      const d = choose(initialTimer(), 'heat');
      expect(d.chosen).to.equal('heat');
      expect(choose(d, 'heat')).to.equal(d);
      expect(choose(d, null).chosen).to.equal(null);
    });

    it('answer records an onset; forgetting it also forgets the pick, so the question comes back', () => {
      const d = choose(answer(initialTimer(), T0 - 5 * MIN), 'heat');
      expect(d.answered).to.equal(T0 - 5 * MIN);
      const forgot = answer(d, null);
      expect(forgot.answered).to.equal(null);
      expect(forgot.chosen).to.equal(null);
    });
  });

  describe('restore from storage', () => {
    const at = T0 + 5 * MIN;
    const states: [string, TimerData, string][] = [
      ['idle', confirmSafety(choose(answer(initialTimer(), T0 - MIN), 'heat'), T0), 'idle'],
      ['running', running(), 'running'],
      ['paused', pause(running(), T0 + 2 * MIN), 'paused'],
      ['done', settle(running(T0, 4 * MIN), at), 'done'],
      ['resting', acknowledge(settle(running(T0, 4 * MIN), at), at), 'resting'],
    ];

    for (const [name, data, state] of states) {
      it(`comes back ${name}, unchanged`, () => {
        const back = reload(data);
        expect(isTimerData(back)).to.equal(true);
        expect(back).to.deep.equal(data);
        expect(timerState(back as TimerData, at)).to.equal(state);
      });
    }

    it('a round that ended while the tab was closed comes back done, with its true end time', () => {
      const back = reload(running()) as TimerData;
      const later = T0 + 3 * 60 * MIN;
      const d = settle(back, later);
      expect(timerState(d, later)).to.equal('done');
      expect(d.ended!.at).to.equal(T0 + ROUND);
    });

    it('a paused round comes back with the same time left', () => {
      const back = reload(pause(running(), T0 + 2 * MIN)) as TimerData;
      expect(roundRemaining(back, T0 + 22 * MIN)).to.equal(18 * MIN);
    });

    it('through SafeRecord and a store', () => {
      const store = memoryStore();
      const rec = new SafeRecord<TimerData>(store, 'k');
      rec.write(pause(running(), T0 + 2 * MIN));
      const back = new SafeRecord<TimerData>(store, 'k').read(isTimerData);
      expect(timerState(back!, T0 + 9 * MIN)).to.equal('paused');
    });
  });

  describe('corrupt storage', () => {
    const good = () => reload(settle(running(), T0 + ROUND)) as Record<string, unknown>;
    const round = () => reload(running()) as Record<string, unknown>;

    it('refuses values that are not timer data at all', () => {
      for (const v of [null, undefined, 0, 'x', [], {}, { v: 1 }, true]) expect(isTimerData(v), String(v)).to.equal(false);
    });

    it('refuses another version', () => {
      expect(isTimerData({ ...good(), v: 2 })).to.equal(false);
    });

    it('refuses any unsound field', () => {
      const bad: Record<string, unknown>[] = [
        { ...good(), chosen: 'steam' },
        { ...good(), answered: 'yesterday' },
        { ...good(), checkedAt: {} },
        { ...good(), log: 'none' },
        { ...good(), log: [{ at: 1, end: 2, mode: 'ice', ms: -5 }] },
        { ...good(), log: [{ at: 1, end: 2, mode: 'lava', ms: 5 }] },
        { ...good(), log: [{ at: 1, mode: 'ice', ms: 5 }] },
        { ...good(), ended: { mode: 'ice', at: 5, restUntil: 1, seen: false } },
        { ...good(), ended: { mode: 'ice', at: 5, restUntil: 10, seen: 'yes' } },
        { ...good(), round: (round() as { round: unknown }).round },
        { ...round(), round: { mode: 'ice', countdown: { durationMs: -1, startedAt: 0, pausedAt: null, pausedMs: 0 }, restMs: 0 } },
        { ...round(), round: { mode: 'ice', countdown: { durationMs: 1e12, startedAt: 0, pausedAt: null, pausedMs: 0 }, restMs: 0 } },
        { ...round(), round: { mode: 'ice', countdown: { durationMs: 1000, startedAt: 50, pausedAt: 10, pausedMs: 0 }, restMs: 0 } },
        { ...round(), round: { mode: 'ice', countdown: { durationMs: 1000, startedAt: 0, pausedAt: null, pausedMs: -1 }, restMs: 0 } },
        { ...round(), round: { mode: 'ice', countdown: { durationMs: 1000, startedAt: 0, pausedAt: null, pausedMs: 0 } } },
        { ...round(), round: { mode: 'ice' } },
      ];
      expect(isTimerData(good())).to.equal(true);
      expect(isTimerData(round())).to.equal(true);
      bad.forEach((v, i) => expect(isTimerData(v), `case ${i}`).to.equal(false));
    });

    it('garbage in the store reads as nothing, with one problem reported', () => {
      const store = memoryStore();
      const problems: string[] = [];
      store.setItem('k', '{"v":1,"round":');
      expect(new SafeRecord<TimerData>(store, 'k', (m) => problems.push(m)).read(isTimerData)).to.equal(undefined);
      store.setItem('k', JSON.stringify({ ...good(), log: [1, 2, 3] }));
      const rec = new SafeRecord<TimerData>(store, 'k', (m) => problems.push(m));
      expect(rec.read(isTimerData)).to.equal(undefined);
      expect(rec.read(isTimerData)).to.equal(undefined);
      expect(problems).to.have.length(2);
    });
  });
});
