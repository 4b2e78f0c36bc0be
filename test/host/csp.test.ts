import { expect } from '@open-wc/testing';

/**
 * Clinic pages with a strict Content-Security-Policy (scripts only from our
 * origin, no inline styles) and with Trusted Types on top. The widget must
 * render and style itself with no violation. Each page records violations
 * from its first script on (test/host/pages/record-violations.js).
 */
const PAGES: [string, string][] = [
  ['a strict Content-Security-Policy', 'csp.html'],
  ["Trusted Types (require-trusted-types-for 'script'; trusted-types lit-html)", 'trusted-types.html'],
];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

for (const [name, page] of PAGES) {
  describe(`under ${name}`, () => {
    it('renders, is styled, and triggers no violation', async () => {
      const frame = document.createElement('iframe');
      // A real URL, not srcdoc: Firefox resolves 'self' in a srcdoc frame to no origin.
      frame.src = `/test/host/pages/${page}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { violations: string[] };
        await win.customElements.whenDefined('red-flag-list');
        const el = frame.contentDocument!.querySelector<Widget>('red-flag-list')!;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('fieldset'), 'rendered').to.exist;
        el.shadowRoot!.querySelector('input')!.click();
        await el.updateComplete;
        const cta = el.shadowRoot!.querySelector('.cta')!;
        // Styled: the emergency colour, not a transparent unstyled box.
        expect(win.getComputedStyle(cta).backgroundColor).to.equal('rgb(179, 38, 30)');
        expect(win.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}
