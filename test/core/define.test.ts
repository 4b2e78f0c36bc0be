import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import '../../src/index.js';
import { captureWarnings } from '../helpers.js';

describe('define()', () => {
  it('defines a free tag', () => {
    class Fresh extends HTMLElement {}
    define('spasm-test-fresh', Fresh);
    expect(customElements.get('spasm-test-fresh')).to.equal(Fresh);
  });

  it('loading the whole bundle again, as a second <script>, neither throws nor warns', async () => {
    const warnings = captureWarnings();
    try {
      const first = customElements.get('red-flag-list');
      // The built bundle is a separate copy of every class: the real "script included twice" case.
      await import(new URL('/dist/spasm-widgets.js?second-copy', location.href).href);
      expect(customElements.get('red-flag-list')).to.equal(first);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the first definition and warns once when a different version loads', () => {
    const warnings = captureWarnings();
    try {
      const first = customElements.get('red-flag-list');
      class Newer extends HTMLElement {
        static spasmVersion = '99.0.0';
      }
      class Newer2 extends HTMLElement {}
      // Simulate the other copy by defining ahead of it: we are the second here.
      define('spasm-test-other', Newer);
      define('spasm-test-other', Newer2);
      define('spasm-test-other', class extends HTMLElement {});
      expect(customElements.get('spasm-test-other')).to.equal(Newer);
      expect(customElements.get('red-flag-list')).to.equal(first);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('spasm-widgets 99.0.0').and.contain(`spasm-widgets ${VERSION}`);
    } finally {
      warnings.restore();
    }
  });

  it('VERSION matches package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
