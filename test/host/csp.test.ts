import { expect } from '@open-wc/testing';

/**
 * A clinic page with a strict Content-Security-Policy: scripts only from our
 * origin, no inline styles, nothing else. The widget must render and style
 * itself with no violation.
 */
describe('under a strict Content-Security-Policy', () => {
  it('renders, is styled, and triggers no violation', async () => {
    const frame = document.createElement('iframe');
    // A real URL, not srcdoc: Firefox resolves 'self' in a srcdoc frame to no origin.
    frame.src = '/test/host/pages/csp.html';
    const violations: string[] = [];
    frame.addEventListener('load', () =>
      frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective)),
    );
    document.body.append(frame);
    try {
      const el = await new Promise<HTMLElement>((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          const found = frame.contentDocument?.querySelector('red-flag-list');
          if (found?.shadowRoot?.querySelector('fieldset')) resolve(found as HTMLElement);
          else if (Date.now() - started > 5000) reject(new Error('the widget did not render under CSP'));
          else setTimeout(poll, 50);
        };
        poll();
      });
      const box = el.shadowRoot!.querySelector('input')!;
      box.click();
      await new Promise((r) => setTimeout(r, 50));
      const cta = el.shadowRoot!.querySelector('.cta')!;
      // Styled: the emergency colour, not a transparent unstyled box.
      expect(frame.contentWindow!.getComputedStyle(cta).backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
