import { expect } from '@open-wc/testing';
import {
  ageBand,
  answersGiven,
  DISPOSITIONS,
  restAsNo,
  stepAfter,
  stepBefore,
  stepsToAsk,
  triage,
  withChanges,
  type Answers,
  type Disposition,
} from '../../src/logic/triage.js';
import { EMERGENCY_SIGNS, URGENT_SIGNS } from '../../src/content/red-flags.js';
import { SEE_DOCTOR_REASON_IDS, TRIAGE_RULES, TRIAGE_STEPS } from '../../src/content/triage.js';

const S = TRIAGE_STEPS;
const R = TRIAGE_RULES;
const run = (a: Answers) => triage(S, R, a);
const rank = (d: Disposition) => DISPOSITIONS.indexOf(d);

/** Every item of every checklist "no", and the calmest answer to each question: nothing to report. */
function calm(overrides: Answers = {}): Record<string, string> {
  const a: Record<string, string> = { age: '20-50', pregnant: 'no', 'pain-where': 'low', 'pain-start': 'by-itself', 'first-time': 'no' };
  for (const step of S) for (const item of step.items ?? []) a[item.id] = 'no';
  return { ...a, ...overrides };
}

const EMERGENCY_IDS = EMERGENCY_SIGNS.map((s) => s.id);
const ASKED_URGENT = ['fever', 'weight-loss', 'cannot-move', 'night-pain', 'lump', 'cough-sneeze', 'tummy-pulse'];
const HISTORY = ['cancer-history', 'weak-immunity', 'injects-drugs'];
const DOCTOR_ITEMS = ['duration', 'radiating', 'not-improving', 'recurring', 'not-coping'];

describe('triage rules (CONTENT.md §5–§9)', () => {
  describe('content', () => {
    it('has the §6 and §7 signs with public ids and sources', () => {
      expect(EMERGENCY_IDS).to.deep.equal([
        'bladder-bowel',
        'saddle-numbness',
        'both-legs',
        'leg-weakness',
        'one-side-weakness',
        'balance-coordination',
        'chest-pain',
        'tummy-pain-faint',
        'severe-injury',
      ]);
      expect(URGENT_SIGNS.map((s) => s.id)).to.deep.equal([
        'fever',
        'weight-loss',
        'cannot-move',
        'night-pain',
        'upper-back',
        'lump',
        'cough-sneeze',
        'tummy-pulse',
        'cancer-history',
        'weak-immunity',
        'injects-drugs',
        'fragile-bones',
        'pregnancy-warning',
      ]);
      for (const s of [...EMERGENCY_SIGNS, ...URGENT_SIGNS]) expect(s.sources.length, s.id).to.be.greaterThan(0);
      for (const step of S) {
        expect(step.sources.length, step.id).to.be.greaterThan(0);
        for (const item of step.items ?? []) expect(item.sources.length, item.id).to.be.greaterThan(0);
      }
    });

    it('gives every reason id a rule, and only public ids', () => {
      const reasons = new Set(R.map((r) => r.reason));
      expect([...reasons].sort()).to.deep.equal(
        [...EMERGENCY_IDS, ...URGENT_SIGNS.map((s) => s.id), ...SEE_DOCTOR_REASON_IDS].sort(),
      );
    });

    it('never asks about the pain "right now" only: the sign lists are asked since the pain started', () => {
      for (const id of ['emergency-signs', 'urgent-signs']) {
        expect(S.find((s) => s.id === id)!.legend()).to.match(/Since your back pain started/);
      }
      expect(S.find((s) => s.id === 'emergency-signs')!.legend()).to.match(/even if they have stopped/);
    });
  });

  it('nothing to report is self-care', () => {
    expect(run(calm())).to.deep.equal({ disposition: 'self-care', reasons: [], unsure: [] });
  });

  describe('§6 emergency signs', () => {
    for (const sign of EMERGENCY_SIGNS) {
      it(`${sign.id} alone: emergency, and no more questions`, () => {
        const a = calm({ [sign.id]: 'yes' });
        expect(run(a)).to.deep.equal({ disposition: 'emergency', reasons: [sign.id], unsure: [] });
        expect(stepsToAsk(S, R, a).map((s) => s.id)).to.deep.equal(['emergency-signs']);
      });

      it(`${sign.id} "not sure": ${sign.notSure}`, () => {
        const a = calm({ [sign.id]: 'not-sure' });
        expect(run(a)).to.deep.equal({ disposition: sign.notSure, reasons: [sign.id], unsure: [sign.id] });
        // Only an emergency ends the questions.
        expect(stepsToAsk(S, R, a).length).to.equal(sign.notSure === 'emergency' ? 1 : stepsToAsk(S, R, calm()).length);
      });
    }

    it('"not sure" gives urgent for exactly the rows CONTENT.md says', () => {
      expect(EMERGENCY_SIGNS.filter((s) => s.notSure === 'urgent').map((s) => s.id)).to.deep.equal([
        'one-side-weakness',
        'balance-coordination',
        'severe-injury',
      ]);
    });

    it('lists several signs in display order', () => {
      expect(run(calm({ 'chest-pain': 'yes', 'bladder-bowel': 'yes' })).reasons).to.deep.equal(['bladder-bowel', 'chest-pain']);
    });

    it('a yes outranks a "not sure" that gives urgent, in one list', () => {
      const r = run(calm({ 'severe-injury': 'not-sure', 'both-legs': 'yes' }));
      expect(r.disposition).to.equal('emergency');
      expect(r.reasons).to.deep.equal(['both-legs', 'severe-injury']);
    });
  });

  describe('§7 same-day signs', () => {
    for (const id of [...ASKED_URGENT, ...HISTORY]) {
      it(`${id} alone: urgent; "not sure" too`, () => {
        expect(run(calm({ [id]: 'yes' }))).to.deep.equal({ disposition: 'urgent', reasons: [id], unsure: [] });
        expect(run(calm({ [id]: 'not-sure' }))).to.deep.equal({ disposition: 'urgent', reasons: [id], unsure: [id] });
      });
    }

    it('upper-back: pain between the shoulder blades, or both, or not sure where', () => {
      expect(run(calm({ 'pain-where': 'upper' })).reasons).to.deep.equal(['upper-back']);
      expect(run(calm({ 'pain-where': 'both' })).reasons).to.deep.equal(['upper-back']);
      expect(run(calm({ 'pain-where': 'not-sure' }))).to.deep.equal({
        disposition: 'urgent',
        reasons: ['upper-back'],
        unsure: ['upper-back'],
      });
      expect(run(calm({ 'pain-where': 'low' })).disposition).to.equal('self-care');
    });

    describe('fragile-bones: a minor fall, lift or strain on thin bones, long-term steroids or age 70+', () => {
      it('strain at 69 without thin bones: not fragile-bones', () => {
        expect(run(calm({ age: ageBand(69), 'first-time': 'no', 'pain-start': 'strain' })).disposition).to.equal('self-care');
      });
      it('strain at 70: urgent', () => {
        expect(run(calm({ age: ageBand(70), 'first-time': 'no', 'pain-start': 'strain' })).reasons).to.deep.equal(['fragile-bones']);
      });
      it('an injury at 70: fragile-bones, not the see-doctor injury reason', () => {
        expect(run(calm({ age: '70-plus', 'first-time': 'no', 'pain-start': 'injury' })).reasons).to.deep.equal(['fragile-bones']);
      });
      it('thin bones or long-term steroids with a strain, at any age: urgent', () => {
        for (const band of ['16-19', '20-50', '51-69']) {
          const r = run(calm({ age: band, 'first-time': 'no', 'thin-bones': 'yes', 'pain-start': 'strain' }));
          expect(r.disposition, band).to.equal('urgent');
          expect(r.reasons, band).to.include('fragile-bones');
        }
      });
      it('thin bones without a fall, lift or strain: nothing', () => {
        expect(run(calm({ 'thin-bones': 'yes', 'pain-start': 'by-itself' })).disposition).to.equal('self-care');
      });
      it('not sure how it started, with thin bones: urgent, marked unsure', () => {
        const r = run(calm({ 'thin-bones': 'yes', 'pain-start': 'not-sure' }));
        expect(r.reasons).to.deep.equal(['fragile-bones']);
        expect(r.unsure).to.deep.equal(['fragile-bones']);
      });
      it('not sure about thin bones, with a strain: urgent', () => {
        expect(run(calm({ 'thin-bones': 'not-sure', 'pain-start': 'strain' })).reasons).to.deep.equal(['fragile-bones']);
      });
    });

    describe('pregnancy-warning', () => {
      it('pregnant with a warning: urgent, and not the see-doctor pregnancy reason', () => {
        expect(run(calm({ pregnant: 'yes', 'pregnancy-warning': 'yes' }))).to.deep.equal({
          disposition: 'urgent',
          reasons: ['pregnancy-warning'],
          unsure: [],
        });
      });
      it('not sure if pregnant, not sure about the warning: urgent', () => {
        expect(run(calm({ pregnant: 'not-sure', 'pregnancy-warning': 'not-sure' })).disposition).to.equal('urgent');
      });
      it('the warning is asked only of someone who is or may be pregnant', () => {
        const items = (a: Answers) => {
          const given = answersGiven(S, R, a);
          return 'pregnancy-warning' in given;
        };
        expect(items(calm({ pregnant: 'no', 'pregnancy-warning': 'yes' }))).to.equal(false);
        expect(run(calm({ pregnant: 'no', 'pregnancy-warning': 'yes' })).disposition).to.equal('self-care');
        expect(items(calm({ pregnant: 'yes', 'pregnancy-warning': 'no' }))).to.equal(true);
      });
    });
  });

  describe('§8 see a doctor', () => {
    for (const id of DOCTOR_ITEMS) {
      it(`${id} alone: see-doctor; "not sure" too`, () => {
        expect(run(calm({ [id]: 'yes' }))).to.deep.equal({ disposition: 'see-doctor', reasons: [id], unsure: [] });
        expect(run(calm({ [id]: 'not-sure' }))).to.deep.equal({ disposition: 'see-doctor', reasons: [id], unsure: [id] });
      });
    }

    it('injury: an injury that was not a serious accident, or not sure how it started', () => {
      expect(run(calm({ 'pain-start': 'injury' })).reasons).to.deep.equal(['injury']);
      expect(run(calm({ 'pain-start': 'not-sure' })).unsure).to.deep.equal(['injury']);
      expect(run(calm({ 'pain-start': 'strain' })).disposition).to.equal('self-care');
    });

    describe('age: under 20, or over 50 with back pain for the first time', () => {
      const ageOnly = (years: number, firstTime = 'yes') => run(calm({ age: ageBand(years), 'first-time': firstTime }));
      it('under 16 and 16–19: see-doctor', () => {
        expect(ageOnly(15).reasons).to.deep.equal(['age']);
        expect(ageOnly(16).reasons).to.deep.equal(['age']);
        expect(ageOnly(19).reasons).to.deep.equal(['age']);
      });
      it('20 and 49, 50: nothing (first-time is not asked)', () => {
        for (const years of [20, 49, 50]) expect(ageOnly(years).disposition, String(years)).to.equal('self-care');
        expect(stepsToAsk(S, R, calm({ age: ageBand(50) })).map((s) => s.id)).not.to.include('first-time');
      });
      it('51 and 70, first time: see-doctor; not the first time: nothing', () => {
        for (const years of [51, 69, 70]) {
          expect(ageOnly(years).reasons, String(years)).to.deep.equal(['age']);
          expect(ageOnly(years, 'no').disposition, String(years)).to.equal('self-care');
          expect(ageOnly(years, 'not-sure').unsure, String(years)).to.deep.equal(['age']);
        }
      });
      it('not sure of the age: see-doctor, and every question stays in', () => {
        const a = calm({ age: 'not-sure' });
        expect(run(a).reasons).to.deep.equal(['age']);
        expect(stepsToAsk(S, R, a).map((s) => s.id)).to.include('pregnant');
      });
    });

    describe('pregnancy', () => {
      it('is asked of everyone aged 16 to 50 (and not sure), of nobody else', () => {
        const asks = (age: string) => stepsToAsk(S, R, calm({ age })).some((s) => s.id === 'pregnant');
        expect(['16-19', '20-50', 'not-sure'].map(asks)).to.deep.equal([true, true, true]);
        expect(['under-16', '51-69', '70-plus'].map(asks)).to.deep.equal([false, false, false]);
      });
      it('pregnant, or not sure: see-doctor', () => {
        expect(run(calm({ pregnant: 'yes' })).reasons).to.deep.equal(['pregnancy']);
        expect(run(calm({ pregnant: 'not-sure' })).unsure).to.deep.equal(['pregnancy']);
      });
    });
  });

  describe('the most urgent level wins', () => {
    it('across groups, listing the more urgent reasons first', () => {
      expect(run(calm({ recurring: 'yes', fever: 'yes' }))).to.deep.equal({
        disposition: 'urgent',
        reasons: ['fever', 'recurring'],
        unsure: [],
      });
      expect(run(calm({ recurring: 'yes', 'severe-injury': 'not-sure', lump: 'yes' })).reasons).to.deep.equal([
        'severe-injury',
        'lump',
        'recurring',
      ]);
    });

    it('no later answer lowers the level reached (2000 random patients)', () => {
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
      for (let n = 0; n < 2000; n++) {
        const answers: Record<string, string> = {};
        let best: Disposition = 'self-care';
        for (const step of S) {
          if (step.kind === 'choice') answers[step.id] = pick(step.choices!);
          else for (const item of step.items ?? []) answers[item.id] = pick(['no', 'no', 'no', 'no', 'yes', 'not-sure']);
          // The level so far: later steps not reached yet, read as "no" / their calmest answer.
          const reached = S.slice(0, S.indexOf(step) + 1);
          const sofar = { ...calm(), ...Object.fromEntries(reached.flatMap((s) => (s.kind === 'choice' ? [[s.id, answers[s.id]!]] : (s.items ?? []).map((i) => [i.id, answers[i.id]!])))) };
          const level = run(sofar).disposition;
          expect(rank(level), JSON.stringify(answers)).to.be.at.most(rank(best));
          best = level;
        }
      }
    });
  });

  describe('missing answers count as "not sure"', () => {
    it('no answers at all: emergency (most §6 signs give it on "not sure")', () => {
      expect(run({}).disposition).to.equal('emergency');
    });
    it('a checklist left unanswered counts each of its signs as "not sure"', () => {
      const a = calm();
      for (const id of ASKED_URGENT) delete a[id];
      const r = run(a);
      expect(r.disposition).to.equal('urgent');
      expect(r.unsure).to.include.members(ASKED_URGENT);
    });
    it('an unanswered question counts as "not sure"', () => {
      const a = calm();
      delete a['pain-where'];
      expect(run(a).reasons).to.deep.equal(['upper-back']);
    });
  });

  describe('the flow', () => {
    it('a patient with nothing to report reaches an outcome in at most ten screens, at every age', () => {
      for (const age of ['under-16', '16-19', '20-50', '51-69', '70-plus', 'not-sure']) {
        const screens = 1 + stepsToAsk(S, R, calm({ age })).length + 1; // start, steps, outcome
        expect(screens, age).to.be.at.most(10);
      }
    });

    it('asks the emergency signs first', () => {
      expect(stepsToAsk(S, R, {})[0]!.id).to.equal('emergency-signs');
    });

    it('reports only the answers to what was asked', () => {
      const given = answersGiven(S, R, calm({ age: '70-plus', pregnant: 'yes' }));
      expect(given).not.to.have.property('pregnant');
      expect(given).not.to.have.property('pregnancy-warning');
      expect(given['age']).to.equal('70-plus');
      expect(answersGiven(S, R, calm({ 'chest-pain': 'yes' }))).to.have.all.keys(EMERGENCY_IDS);
    });
  });

  describe('moving through the steps', () => {
    const step = (id: string) => S.find((s) => s.id === id)!;
    const noSigns = (id: string) => Object.fromEntries((step(id).items ?? []).map((i) => [i.id, 'no']));
    const after = (a: Answers, id: string) => stepAfter(S, R, a, id)?.id ?? null;
    const before = (a: Answers, id: string) => stepBefore(S, R, a, id)?.id ?? null;

    it('withChanges sets and replaces answers, takes back an undefined one, and leaves the old answers as they were', () => {
      const old = { age: '20-50', fever: 'yes' };
      expect(withChanges(old, { age: '70-plus', fever: undefined, lump: 'no' })).to.deep.equal({ age: '70-plus', lump: 'no' });
      expect(withChanges(old, { 'never-given': undefined })).to.deep.equal(old);
      expect(old).to.deep.equal({ age: '20-50', fever: 'yes' });
    });

    it('restAsNo answers "no" for each item of the checklist not answered, and only for the items it asks', () => {
      const a = { ...noSigns('emergency-signs'), age: '20-50', pregnant: 'no', fever: 'yes', lump: 'not-sure' };
      expect(restAsNo(step('urgent-signs'), S, R, a)).to.deep.equal({
        'weight-loss': 'no',
        'cannot-move': 'no',
        'night-pain': 'no',
        'cough-sneeze': 'no',
        'tummy-pulse': 'no',
      });
      // Asked of someone who may be pregnant only.
      expect(restAsNo(step('urgent-signs'), S, R, { ...a, pregnant: 'yes' })).to.have.property('pregnancy-warning', 'no');
      expect(restAsNo(step('urgent-signs'), S, R, { ...a, ...noSigns('urgent-signs') })).to.deep.equal({});
    });

    it('stepAfter: the next step asked, skipping one the answers rule out', () => {
      const a = noSigns('emergency-signs');
      expect(after(a, 'emergency-signs')).to.equal('age');
      expect(after({ ...a, age: '20-50' }, 'age')).to.equal('pregnant');
      expect(after({ ...a, age: '70-plus' }, 'age')).to.equal('urgent-signs');
    });

    it('stepAfter: nothing after an emergency answered, or after the last step (the outcome comes next)', () => {
      expect(after({ 'chest-pain': 'yes' }, 'emergency-signs')).to.equal(null);
      const last = stepsToAsk(S, R, calm()).at(-1)!.id;
      expect(after(calm(), last)).to.equal(null);
    });

    it('stepBefore: the step asked before, skipping one the answers rule out, and nothing before the first', () => {
      const a = noSigns('emergency-signs');
      expect(before(a, 'age')).to.equal('emergency-signs');
      expect(before({ ...a, age: '20-50' }, 'urgent-signs')).to.equal('pregnant');
      expect(before({ ...a, age: '70-plus' }, 'urgent-signs')).to.equal('age');
      expect(before(a, 'emergency-signs')).to.equal(null);
      expect(before(a, 'no-such-step')).to.equal(null);
    });
  });

  it('ageBand: every boundary of CONTENT.md §9', () => {
    expect([15, 16, 19, 20, 50, 51, 69, 70, 99].map(ageBand)).to.deep.equal([
      'under-16',
      '16-19',
      '16-19',
      '20-50',
      '20-50',
      '51-69',
      '51-69',
      '70-plus',
      '70-plus',
    ]);
  });
});
