import { expect } from '@open-wc/testing';
import { careContext, HOME_CARE, NO_CONTEXT, type CareContext } from '../../src/content/home-care.js';

const text = (id: string, c: Partial<CareContext> = {}) => HOME_CARE.find((a) => a.id === id)!.text({ ...NO_CONTEXT, ...c });

describe('home-care content (CONTENT.md §3–4, §10–§12)', () => {
  it('has each piece of advice once, with a source, a title and a text', () => {
    expect(HOME_CARE.map((a) => a.id)).to.deep.equal(['keep-moving', 'ice', 'heat', 'skin-rest', 'pain-relief', 'stretches', 'positions']);
    for (const a of HOME_CARE) {
      expect(a.sources.length, a.id).to.be.greaterThan(0);
      expect(a.title().length, a.id).to.be.greaterThan(0);
      expect(a.text(NO_CONTEXT).length, a.id).to.be.greaterThan(0);
    }
  });

  it('keeps the essentials for someone waiting to see a doctor', () => {
    expect(HOME_CARE.filter((a) => a.essential).map((a) => a.id)).to.deep.equal(['keep-moving', 'ice', 'heat', 'skin-rest', 'pain-relief']);
  });

  it('states the numbers of CONTENT.md', () => {
    expect(text('keep-moving')).to.contain('5–10 minutes');
    expect(text('ice')).to.contain('1–3 days').and.contain('10–20 minutes').and.contain('bare skin');
    expect(text('heat')).to.contain('10–20 minutes').and.contain('Never fall asleep');
    expect(text('skin-rest')).to.contain('at least 1 hour').and.contain('numb').and.contain('poor circulation');
    expect(text('pain-relief')).to.contain('3–5 days').and.contain('follow the label');
    expect(text('stretches')).to.contain('20–30 seconds').and.contain('spreads down a leg');
  });

  describe('adapts to the patient (§10–§12)', () => {
    it('pregnant: no ibuprofen, naproxen or aspirin suggested; ask a pharmacist or midwife', () => {
      const t = text('pain-relief', { pregnant: true });
      expect(t).to.contain('do not take ibuprofen, naproxen or aspirin unless a doctor or midwife says so');
      expect(t).not.to.contain('ease pain and swelling');
      expect(text('heat', { pregnant: true })).to.contain('bump');
      expect(text('stretches', { pregnant: true })).to.contain('16 weeks');
      expect(text('positions', { pregnant: true })).to.contain('on your side');
      expect(text('heat')).not.to.contain('bump');
    });
    it('under 16: never aspirin', () => {
      expect(text('pain-relief', { under16: true })).to.contain('Never give aspirin to anyone under 16');
      expect(text('pain-relief')).not.to.contain('under 16');
    });
    it('65 or over: ask a pharmacist first; 51–69 is told "if you are 65 or over"', () => {
      expect(text('pain-relief', { over65: true })).to.contain('As you are over 65, ask a pharmacist');
      expect(text('pain-relief', { maybe65: true })).to.contain('If you are 65 or over, ask a pharmacist');
      expect(text('pain-relief')).not.to.contain('65');
    });
    it('thin bones: ask before bending forward; older skin: check more often', () => {
      expect(text('stretches', { thinBones: true })).to.contain('bend you forward');
      expect(text('skin-rest', { over65: true })).to.contain('burns more easily');
    });
    it('always names who must ask first', () => {
      expect(text('pain-relief')).to.contain('stomach ulcer').and.contain('blood thinners').and.contain('asthma');
    });
  });

  describe('careContext: the triage answers that change the plan', () => {
    it('nothing said: no caution', () => {
      expect(careContext({})).to.deep.equal(NO_CONTEXT);
      expect(careContext({ age: '20-50', pregnant: 'no', 'thin-bones': 'no' })).to.deep.equal(NO_CONTEXT);
    });
    it('pregnant and thin bones: "yes" and "not sure" both show the caution', () => {
      for (const answer of ['yes', 'not-sure']) {
        expect(careContext({ pregnant: answer })).to.deep.equal({ ...NO_CONTEXT, pregnant: true });
        expect(careContext({ 'thin-bones': answer })).to.deep.equal({ ...NO_CONTEXT, thinBones: true });
      }
    });
    it('age: under 16; 51–69 or not sure may be 65; 70 or over is', () => {
      expect(careContext({ age: 'under-16' })).to.deep.equal({ ...NO_CONTEXT, under16: true });
      expect(careContext({ age: '16-19' })).to.deep.equal(NO_CONTEXT);
      expect(careContext({ age: '51-69' })).to.deep.equal({ ...NO_CONTEXT, maybe65: true });
      expect(careContext({ age: 'not-sure' })).to.deep.equal({ ...NO_CONTEXT, maybe65: true });
      expect(careContext({ age: '70-plus' })).to.deep.equal({ ...NO_CONTEXT, over65: true });
    });
  });
});
