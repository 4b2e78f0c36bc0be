import { expect } from '@open-wc/testing';
import { HOME_CARE } from '../../src/content/home-care.js';

describe('home-care content (CONTENT.md §3–4)', () => {
  it('has each piece of advice once, with a source, a title and a text', () => {
    const ids = HOME_CARE.map((a) => a.id);
    expect(ids).to.deep.equal(['keep-moving', 'ice', 'heat', 'skin-rest', 'pain-relief', 'stretches', 'positions']);
    for (const a of HOME_CARE) {
      expect(a.sources.length, a.id).to.be.greaterThan(0);
      expect(a.title().length, a.id).to.be.greaterThan(0);
      expect(a.text().length, a.id).to.be.greaterThan(0);
    }
  });

  it('keeps the essentials for someone waiting to see a doctor: moving, ice, heat, pain relief', () => {
    expect(HOME_CARE.filter((a) => a.essential).map((a) => a.id)).to.deep.equal(['keep-moving', 'ice', 'heat', 'pain-relief']);
  });

  it('states the numbers of CONTENT.md', () => {
    const text = (id: string) => HOME_CARE.find((a) => a.id === id)!.text();
    expect(text('keep-moving')).to.contain('5–10 minutes');
    expect(text('ice')).to.contain('1–3 days').and.contain('10–20 minutes').and.contain('bare skin');
    expect(text('heat')).to.contain('10–20 minutes').and.contain('Never fall asleep');
    expect(text('skin-rest')).to.contain('1 hour');
    expect(text('pain-relief')).to.contain('3–5 days').and.contain('follow the label');
    expect(text('stretches')).to.contain('20–30 seconds').and.contain('sharp pain');
  });
});
