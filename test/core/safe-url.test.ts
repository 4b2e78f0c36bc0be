import { expect, fixture, html } from '@open-wc/testing';
import { safeUrl } from '../../src/core/attributes.js';
import '../../src/elements/spasm-triage/spasm-triage.js';
import { captureWarnings } from '../helpers.js';

const REFUSED = { value: null, expected: 'an http, https or relative address' };

describe('safeUrl refuses addresses that lead off the site while looking relative', () => {
  it('refuses protocol-relative addresses', () => {
    for (const bad of ['//evil.example/x', ' //evil.example', '/ /evil.example', '\t//evil.example', '/\n/evil.example']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.deep.equal(REFUSED);
    }
  });

  it('refuses any backslash, which browsers read as a slash', () => {
    for (const bad of ['\\\\evil.example\\x', '/\\evil.example', '\\/evil.example', 'https:\\\\evil.example', 'book\\..\\x']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.deep.equal(REFUSED);
    }
  });

  it('still accepts same-site paths and full http(s) addresses', () => {
    for (const ok of ['/book', './book', '../book', 'book/now', '/a//b', 'https://clinic.example//x']) {
      expect(safeUrl(ok), ok).to.deep.equal({ value: ok });
    }
  });

  it('a refused booking-url shows no link and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<HTMLElement>(html`<spasm-triage booking-url="//evil.example/x"></spasm-triage>`);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot!.querySelector('a[href*="evil"]')).to.equal(null);
      expect(warnings.messages.filter((m) => m.includes('booking-url'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
