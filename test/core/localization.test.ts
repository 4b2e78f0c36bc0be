import { expect, fixture, html } from '@open-wc/testing';
import { getLocale, locales, matchLocale, setLocale } from '../../src/core/localization.js';
import '../../src/elements/red-flag-list/red-flag-list.js';
import { shadow, textOf } from '../helpers.js';

describe('localization', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
  });

  it('offers English first, then the translations', () => {
    expect(locales[0]).to.equal('en');
    expect(locales).to.include('es');
  });

  it('matches a page language to a supported locale', () => {
    expect(matchLocale('es')).to.equal('es');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ES_es')).to.equal('es');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('xx')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
    expect(matchLocale(null)).to.equal(undefined);
  });

  it('setLocale re-renders widgets already on the page, and an unknown language falls back to English', async () => {
    const el = await fixture(html`<red-flag-list></red-flag-list>`);
    const heading = () => textOf(shadow(el, '[role=heading]'));
    expect(heading()).to.equal('Warning signs');
    await setLocale('es-ES');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getLocale()).to.equal('es');
    expect(heading()).not.to.equal('Warning signs');
    expect(el.getAttribute('lang'), 'a screen reader is told the language shown').to.equal('es');
    await setLocale('klingon');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getLocale()).to.equal('en');
    expect(heading()).to.equal('Warning signs');
  });

  it('follows changes to <html lang>', async () => {
    const el = await fixture(html`<red-flag-list></red-flag-list>`);
    const changed = new Promise((resolve) => window.addEventListener('lit-localize-status', function once(e) {
      if ((e as CustomEvent).detail.status === 'ready') {
        window.removeEventListener('lit-localize-status', once);
        resolve(undefined);
      }
    }));
    document.documentElement.lang = 'es';
    await changed;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(getLocale()).to.equal('es');
    expect(textOf(shadow(el, '.cta'))).to.contain('911');
    expect(textOf(shadow(el, '.cta'))).not.to.contain('If you have any of these');
  });

  it('formats temperatures for the locale', async () => {
    await setLocale('es');
    const el = await fixture(html`<red-flag-list></red-flag-list>`);
    // Spanish writes the decimal with a comma.
    expect(textOf(el.shadowRoot!.querySelector('section.urgent li')!)).to.contain('100,4');
  });
});

describe('translations (locales/*.xlf)', () => {
  it('checks every locale we ship, Spanish and Arabic among them', () => {
    expect(locales.slice(1)).to.include.members(['es', 'ar']);
  });

  for (const locale of locales.slice(1)) {
    it(`${locale}: every message has an explicit id and a translation`, async () => {
      const xml = await (await fetch(`/locales/${locale}.xlf`)).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const units = [...doc.getElementsByTagName('trans-unit')];
      expect(units.length).to.be.greaterThan(10);
      // lit-localize hashes messages that lack an id (s/h + 16 hex digits);
      // the bundle leaves that hashing out, so such a message would stay English.
      const hashed = units.map((u) => u.getAttribute('id')).filter((id) => /^[sh][0-9a-f]{16}$/.test(id ?? ''));
      expect(hashed, 'msg() calls without an id').to.deep.equal([]);
      const untranslated = units.filter((u) => !u.getElementsByTagName('target')[0]?.textContent?.trim());
      expect(untranslated.map((u) => u.getAttribute('id')), 'untranslated').to.deep.equal([]);
    });
  }
});
