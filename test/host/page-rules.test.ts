import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { pageStyle } from '../helpers.js';

/**
 * Clinic themes that style every element: the rules reach our host elements
 * (they cannot reach inside the shadow roots), and without care the widgets
 * inherit them. Inside every shadow root, text must look exactly as it does
 * on a plain page.
 */
const TAGS = ['red-flag-list', 'spasm-triage', 'heat-ice-timer', 'stretch-routine', 'spasm-kiosk'];
const PROPS = ['color', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform'] as const;

const DARK_THEME = `
  html, body { background: #111; }
  * { color: #e8e8e8 !important; font-family: Georgia, serif; line-height: 3; letter-spacing: 4px; }
`;
const RULES: [string, string][] = [
  ['a dark theme: * { color: #e8e8e8 !important }', DARK_THEME],
  ['body * rules', 'body * { color: rgb(250, 250, 250); font-size: 11px; font-weight: 700; text-transform: uppercase; }'],
  ['tag selectors on the hosts', `${TAGS.join(', ')} { color: yellow; font: italic 30px/4 cursive; }`],
];

/** Computed text styles of every element in `host`'s shadow tree, nested widgets' trees included. */
function shadowStyles(host: Element): string[] {
  const out: string[] = [];
  const walk = (root: ShadowRoot, path: string) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'style' || el.localName === 'svg' || el.closest('svg')) continue;
      const style = getComputedStyle(el);
      out.push(`${path} ${el.localName}.${el.className}: ${PROPS.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`);
      if (el.shadowRoot) walk(el.shadowRoot, `${path} > ${el.localName}`);
    }
  };
  walk(host.shadowRoot!, host.localName);
  return out;
}

describe('page rules that reach the host', () => {
  for (const [name, css] of RULES) {
    for (const tag of TAGS) {
      it(`${name}: <${tag}> looks the same inside`, async () => {
        const el = await fixture<HTMLElement>(html`<div>${document.createElement(tag)}</div>`);
        const widget = el.firstElementChild!;
        await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const plain = shadowStyles(widget);
        expect(plain.length).to.be.greaterThan(3);
        const remove = pageStyle(css);
        try {
          const changed = shadowStyles(widget)
            .map((line, i) => (line === plain[i] ? '' : `${line}\n   was ${plain[i]}`))
            .filter(Boolean);
          expect(changed).to.deep.equal([]);
        } finally {
          remove();
        }
      });
    }
  }

  it('a dark theme: the emergency call to action keeps its white on red', async () => {
    const remove = pageStyle(DARK_THEME);
    try {
      const el = await fixture<HTMLElement>(html`<red-flag-list></red-flag-list>`);
      const cta = el.shadowRoot!.querySelector('.cta')!;
      expect(getComputedStyle(cta).color).to.equal('rgb(255, 255, 255)');
      const intro = el.shadowRoot!.querySelector('.intro, p')!;
      expect(getComputedStyle(intro).color).not.to.equal('rgb(232, 232, 232)');
    } finally {
      remove();
    }
  });
});
