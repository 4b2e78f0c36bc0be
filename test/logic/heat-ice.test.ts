import { expect } from '@open-wc/testing';
import { advise, afterSwelling, asksAboutSwelling, HOUR_MS, onsetFromAnswer, usualTreatment, type AdviceInput } from '../../src/logic/heat-ice.js';
import { ICE_HOURS, ONSET_ANSWERS, REST_MINUTES, ROUND_MINUTES, SAFETY_CHECKS } from '../../src/content/heat-ice.js';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const input = (over: Partial<AdviceInput>): AdviceInput => ({
  mode: 'auto',
  onset: null,
  answered: null,
  chosen: null,
  iceHours: 48,
  now: NOW,
  ...over,
});

describe('ice or heat advice', () => {
  it('the numbers are those of CONTENT.md §3, each with a source', () => {
    expect([ICE_HOURS.min, ICE_HOURS.max, ICE_HOURS.default]).to.deep.equal([24, 72, 48]);
    expect([ROUND_MINUTES.min, ROUND_MINUTES.max, ROUND_MINUTES.default]).to.deep.equal([10, 20, 15]);
    // §11: at least an hour between rounds.
    expect([REST_MINUTES.min, REST_MINUTES.max, REST_MINUTES.default]).to.deep.equal([60, 180, 60]);
    for (const r of [ICE_HOURS, ROUND_MINUTES, REST_MINUTES]) expect(r.sources.length).to.be.greaterThan(0);
    expect(SAFETY_CHECKS.map((c) => c.id)).to.deep.equal(['skin-feeling', 'skin-whole', 'wrap-ice', 'no-sleep-heat', 'check-skin']);
    for (const id of ['skin-feeling', 'skin-whole']) expect(SAFETY_CHECKS.find((c) => c.id === id)!.sources).to.include('HEAT-COLD');
    for (const c of SAFETY_CHECKS) expect(c.sources.length, c.id).to.be.greaterThan(0);
  });

  it('ice while fewer than ice-hours have passed, heat from the hour itself', () => {
    for (const h of [24, 48, 72]) {
      expect(usualTreatment(NOW - h * HOUR_MS + 1, NOW, h), `${h} h − 1 ms`).to.equal('ice');
      expect(usualTreatment(NOW - h * HOUR_MS, NOW, h), `${h} h`).to.equal('heat');
    }
    expect(usualTreatment(NOW, NOW, 48)).to.equal('ice');
  });

  it('auto with an onset: the usual advice, from the onset, with whole hours since', () => {
    expect(advise(input({ onset: NOW - 30 * HOUR_MS - 59 * 60_000 }))).to.deep.equal({
      treatment: 'ice',
      usual: 'ice',
      from: 'onset',
      hours: 30,
    });
    expect(advise(input({ onset: NOW - 50 * HOUR_MS }))).to.deep.equal({ treatment: 'heat', usual: 'heat', from: 'onset', hours: 50 });
    expect(advise(input({ onset: NOW - 50 * HOUR_MS, iceHours: 72 })).treatment).to.equal('ice');
  });

  it('auto without an onset asks', () => {
    expect(advise(input({}))).to.deep.equal({ treatment: null, usual: null, from: null, hours: null });
  });

  it("uses the patient's answer when the page gives no onset; the page's onset wins over it", () => {
    expect(advise(input({ answered: NOW - 60 * HOUR_MS }))).to.deep.equal({ treatment: 'heat', usual: 'heat', from: 'answer', hours: 60 });
    expect(advise(input({ answered: NOW - 60 * HOUR_MS, onset: NOW - HOUR_MS })).from).to.equal('onset');
  });

  it("the patient's pick always wins, and the usual advice is still known", () => {
    expect(advise(input({ onset: NOW - HOUR_MS, chosen: 'heat' }))).to.deep.equal({ treatment: 'heat', usual: 'ice', from: 'onset', hours: 1 });
    expect(advise(input({ mode: 'ice', chosen: 'heat' })).treatment).to.equal('heat');
  });

  it("a page's mode of ice or heat is used as it is, without asking or explaining", () => {
    expect(advise(input({ mode: 'heat', onset: NOW - HOUR_MS }))).to.deep.equal({ treatment: 'heat', usual: null, from: null, hours: null });
    expect(advise(input({ mode: 'ice' })).treatment).to.equal('ice');
  });

  it('each answer to "When did the pain start?" maps to ice or heat as expected for 24, 48 and 72 ice-hours', () => {
    const pick = (iceHours: number) =>
      ONSET_ANSWERS.map((a) => advise(input({ answered: onsetFromAnswer(a.hours, NOW), iceHours })).treatment);
    expect(ONSET_ANSWERS.map((a) => a.id)).to.deep.equal(['today', 'yesterday', 'days-2-3', 'longer']);
    expect(pick(24)).to.deep.equal(['ice', 'heat', 'heat', 'heat']);
    expect(pick(48)).to.deep.equal(['ice', 'ice', 'heat', 'heat']);
    expect(pick(72)).to.deep.equal(['ice', 'ice', 'ice', 'heat']);
  });

  it('an onset answered now moves on with the clock', () => {
    const answered = onsetFromAnswer(36, NOW);
    expect(answered).to.equal(NOW - 36 * HOUR_MS);
    expect(advise(input({ answered, now: NOW + 12 * HOUR_MS - 1 })).treatment).to.equal('ice');
    expect(advise(input({ answered, now: NOW + 12 * HOUR_MS })).treatment).to.equal('heat');
  });

  it('never reports negative hours for an onset a moment in the future', () => {
    expect(advise(input({ onset: NOW + 5000 })).hours).to.equal(0);
  });

  describe('the swelling question (heat in the first days only if not swollen)', () => {
    it('is asked for heat while the onset is inside the ice window, to the millisecond', () => {
      expect(asksAboutSwelling('heat', NOW - 48 * HOUR_MS + 1, NOW, 48)).to.equal(true);
      expect(asksAboutSwelling('heat', NOW - 48 * HOUR_MS, NOW, 48)).to.equal(false);
      expect(asksAboutSwelling('heat', NOW - 30 * HOUR_MS, NOW, 24)).to.equal(false);
    });

    it('is never asked for ice, nor when the onset is unknown', () => {
      expect(asksAboutSwelling('ice', NOW - HOUR_MS, NOW, 48)).to.equal(false);
      expect(asksAboutSwelling('heat', null, NOW, 48)).to.equal(false);
    });

    it('heat only on a clear "no"; "yes" and "not sure" give ice', () => {
      expect(afterSwelling('no')).to.equal('heat');
      expect(afterSwelling('yes')).to.equal('ice');
      expect(afterSwelling('not-sure')).to.equal('ice');
    });
  });
});
