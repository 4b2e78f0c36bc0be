import { expect } from '@open-wc/testing';
import {
  DISPOSITIONS,
  answersGiven,
  flags,
  questionsToAsk,
  triage,
  type RuleQuestion,
  type TriageAnswers,
} from '../../src/logic/triage.js';
import { EMERGENCY_SIGNS as RED_FLAGS } from '../../src/content/red-flags.js';
import { SEE_DOCTOR_REASONS, TRIAGE_QUESTIONS } from '../../src/content/triage.js';

const Q = TRIAGE_QUESTIONS;
const FLAG_IDS = RED_FLAGS.map((f) => f.id);
const REASON_IDS = ['duration', 'radiating', 'injury', 'not-improving', 'recurring'];

/** Every question answered the calm way; not-improving is asked (3–6 days). */
const calm = (): Record<string, string> => ({
  duration: '3-6-days',
  radiating: 'no',
  injury: 'no',
  'not-improving': 'no',
  recurring: 'no',
});

const answers = (questions: Record<string, string> = calm(), redFlags: string[] = []): TriageAnswers => ({
  redFlags,
  questions,
});

describe('triage rules', () => {
  it('orders the dispositions most urgent first', () => {
    expect(DISPOSITIONS).to.deep.equal(['emergency', 'see-doctor', 'self-care']);
  });

  describe('content (CONTENT.md §5)', () => {
    it('asks one question per see-doctor reason, each with sources, in a stable order', () => {
      expect(Q.map((q) => q.id)).to.deep.equal(REASON_IDS);
      expect(Q.map((q) => q.reason)).to.deep.equal(REASON_IDS);
      expect(SEE_DOCTOR_REASONS.map((r) => r.id)).to.deep.equal(REASON_IDS);
      for (const item of [...Q, ...SEE_DOCTOR_REASONS]) expect(item.sources.length, item.id).to.be.greaterThan(0);
    });

    it('offers distinct answers, with "not sure" wherever it appears counting as the cautious one', () => {
      for (const q of Q) {
        const values = q.choices.map((c) => c.value);
        expect(new Set(values).size, q.id).to.equal(values.length);
        expect(q.choices.some((c) => c.flags), `${q.id} can give its reason`).to.equal(true);
        expect(q.choices.some((c) => !c.flags), `${q.id} can be answered calmly`).to.equal(true);
        const unsure = q.choices.find((c) => c.value === 'not-sure');
        if (unsure) expect(unsure.flags, q.id).to.equal(true);
      }
      for (const id of ['radiating', 'injury', 'not-improving', 'recurring']) {
        expect(Q.find((q) => q.id === id)!.choices.map((c) => c.value)).to.deep.equal(['yes', 'no', 'not-sure']);
      }
    });

    it('asks the duration as ranges either side of one week', () => {
      const duration = Q.find((q) => q.id === 'duration')!;
      expect(duration.choices.map((c) => [c.value, c.flags])).to.deep.equal([
        ['under-3-days', false],
        ['3-6-days', false],
        ['1-2-weeks', true],
        ['over-2-weeks', true],
      ]);
    });

    it('only skips a question on the answer to an earlier one', () => {
      for (const [i, q] of Q.entries()) {
        if (!q.skipIf) continue;
        const earlier = Q.slice(0, i).find((e) => e.id === q.skipIf!.question);
        expect(earlier, q.id).to.not.equal(undefined);
        for (const v of q.skipIf.answerIn) expect(earlier!.choices.map((c) => c.value)).to.include(v);
      }
    });
  });

  describe('rule 1: any red flag means emergency, and nothing else is asked', () => {
    for (const id of FLAG_IDS) {
      it(`${id} alone → emergency with reason ${id}`, () => {
        expect(triage(Q, answers(calm(), [id]))).to.deep.equal({ disposition: 'emergency', reasons: [id] });
      });
    }

    it('several red flags → every id, in the order given, once each', () => {
      expect(triage(Q, answers(calm(), ['fever', 'bladder-bowel', 'fever']))).to.deep.equal({
        disposition: 'emergency',
        reasons: ['fever', 'bladder-bowel'],
      });
    });

    it('a red flag outranks every see-doctor reason', () => {
      const worst = { duration: 'over-2-weeks', radiating: 'yes', injury: 'yes', 'not-improving': 'yes', recurring: 'yes' };
      expect(triage(Q, answers(worst, ['cannot-move']))).to.deep.equal({ disposition: 'emergency', reasons: ['cannot-move'] });
      expect(triage(Q, answers({}, ['weight-loss']))).to.deep.equal({ disposition: 'emergency', reasons: ['weight-loss'] });
    });

    it('reports no answers to questions after a red flag, since none are asked', () => {
      expect(answersGiven(Q, answers(calm(), ['fever']))).to.deep.equal({ redFlags: ['fever'], questions: {} });
    });
  });

  describe('rule 2: any see-doctor answer means see-doctor, with every reason', () => {
    const flagging: [string, string, string][] = [
      ['duration', '1-2-weeks', 'duration'],
      ['duration', 'over-2-weeks', 'duration'],
      ['radiating', 'yes', 'radiating'],
      ['injury', 'yes', 'injury'],
      ['not-improving', 'yes', 'not-improving'],
      ['recurring', 'yes', 'recurring'],
    ];
    for (const [question, value, reason] of flagging) {
      it(`${question}: ${value} alone → see-doctor because of ${reason}`, () => {
        expect(triage(Q, answers({ ...calm(), [question]: value }))).to.deep.equal({
          disposition: 'see-doctor',
          reasons: [reason],
        });
      });
    }

    for (const question of ['radiating', 'injury', 'not-improving', 'recurring']) {
      it(`${question}: "not sure" → see-doctor, the cautious answer`, () => {
        expect(triage(Q, answers({ ...calm(), [question]: 'not-sure' }))).to.deep.equal({
          disposition: 'see-doctor',
          reasons: [question],
        });
      });
    }

    it('lists several reasons in question order', () => {
      const a = { ...calm(), recurring: 'yes', duration: 'over-2-weeks', injury: 'not-sure' };
      expect(triage(Q, answers(a))).to.deep.equal({ disposition: 'see-doctor', reasons: ['duration', 'injury', 'recurring'] });
    });

    it('a missing or unknown answer counts as the cautious one', () => {
      const { radiating: _, ...withoutRadiating } = calm();
      expect(triage(Q, answers(withoutRadiating)).reasons).to.deep.equal(['radiating']);
      expect(triage(Q, answers({ ...calm(), injury: 'maybe' })).reasons).to.deep.equal(['injury']);
      expect(flags(Q[1]!, undefined)).to.equal(true);
      expect(triage(Q, answers({})).reasons).to.deep.equal(REASON_IDS);
    });
  });

  describe('rule 3: otherwise self-care', () => {
    it('every answer calm → self-care, no reasons', () => {
      expect(triage(Q, answers())).to.deep.equal({ disposition: 'self-care', reasons: [] });
    });

    it('pain under 3 days skips "no better after a few days", and ignores an answer left from before', () => {
      const short = { ...calm(), duration: 'under-3-days', 'not-improving': 'yes' };
      expect(questionsToAsk(Q, answers(short)).map((q) => q.id)).to.deep.equal(['duration', 'radiating', 'injury', 'recurring']);
      expect(triage(Q, answers(short))).to.deep.equal({ disposition: 'self-care', reasons: [] });
      const { 'not-improving': _, ...expected } = short;
      expect(answersGiven(Q, answers(short))).to.deep.equal({ redFlags: [], questions: expected });
    });

    it('asks "no better after a few days" for 3 days or more, and while the duration is unknown', () => {
      for (const duration of ['3-6-days', '1-2-weeks', 'over-2-weeks', undefined]) {
        const a: Record<string, string> = duration ? { duration } : {};
        expect(questionsToAsk(Q, answers(a)).map((q) => q.id), String(duration)).to.include('not-improving');
      }
    });
  });

  it('every combination of answers: see-doctor exactly when some answer gives a reason, with those reasons', () => {
    const options = Q.map((q) => q.choices.map((c) => c.value));
    let combinations = 0;
    const walk = (i: number, chosen: Record<string, string>) => {
      if (i === Q.length) {
        combinations++;
        const expected = Q.filter((q) => {
          if (q.id === 'not-improving' && chosen['duration'] === 'under-3-days') return false;
          return q.choices.find((c) => c.value === chosen[q.id])!.flags;
        }).map((q) => q.reason);
        const result = triage(Q, answers(chosen));
        expect(result, JSON.stringify(chosen)).to.deep.equal(
          expected.length ? { disposition: 'see-doctor', reasons: expected } : { disposition: 'self-care', reasons: [] },
        );
        // And a red flag on top of any of them is an emergency.
        expect(triage(Q, answers(chosen, ['saddle-numbness'])).disposition).to.equal('emergency');
        return;
      }
      for (const v of options[i]!) walk(i + 1, { ...chosen, [Q[i]!.id]: v });
    };
    walk(0, {});
    expect(combinations).to.equal(4 * 3 * 3 * 3 * 3);
  });

  it('a question added as data gives its reason with no new rule', () => {
    const extra: RuleQuestion = {
      id: 'night-pain',
      reason: 'night-pain',
      choices: [
        { value: 'yes', flags: true },
        { value: 'no', flags: false },
      ],
      skipIf: { question: 'recurring', answerIn: ['yes'] },
    };
    const questions = [...Q, extra];
    expect(triage(questions, answers({ ...calm(), 'night-pain': 'yes' }))).to.deep.equal({
      disposition: 'see-doctor',
      reasons: ['night-pain'],
    });
    expect(triage(questions, answers({ ...calm(), 'night-pain': 'no' })).disposition).to.equal('self-care');
    expect(questionsToAsk(questions, answers({ ...calm(), recurring: 'yes' })).map((q) => q.id)).to.not.include('night-pain');
  });
});
