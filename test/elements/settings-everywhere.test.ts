import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/red-flag-list/red-flag-list.js';
import '../../src/elements/spasm-triage/spasm-triage.js';
import type { RedFlagList } from '../../src/elements/red-flag-list/red-flag-list.js';
import type { SpasmTriage } from '../../src/elements/spasm-triage/spasm-triage.js';
import { captureWarnings, shadow, shadowAll, textOf } from '../helpers.js';

// <spasm-triage> and <red-flag-list> on the shared controllers (issue 11):
// every numeric and boolean setting as a property of each type, focus only on
// the patient's own action, events after the render they describe.

type Host = HTMLElement & { updateComplete: Promise<unknown>; kiosk: unknown };
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '');

async function make(tag: string, props: Record<string, unknown>): Promise<Host> {
  const el = document.createElement(tag) as Host;
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('settings of every type on the triage and the red-flag list', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  const made: Element[] = [];
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    made.splice(0).forEach((el) => el.remove());
  });

  const cases: [tag: string, prop: string, attribute: string, value: number, base: Record<string, unknown>][] = [
    ['spasm-triage', 'headingLevel', 'heading-level', 3, {}],
    ['spasm-triage', 'emergencyNumber', 'emergency-number', 112, {}],
    ['red-flag-list', 'headingLevel', 'heading-level', 4, {}],
    ['red-flag-list', 'emergencyNumber', 'emergency-number', 999, {}],
    ['red-flag-list', 'headingLevel', 'heading-level', 4, { mode: 'checklist' }],
  ];
  for (const [tag, prop, attribute, value, base] of cases) {
    it(`<${tag}>.${prop}: "${value}" and ${value} render the same; null is the default; true is the default with one warning`, async () => {
      const asText = await make(tag, { ...base, [prop]: String(value) });
      const asNumber = await make(tag, { ...base, [prop]: value });
      const asNull = await make(tag, { ...base, [prop]: null });
      made.push(asText, asNumber, asNull);
      expect(markup(asNumber)).to.equal(markup(asText));
      expect(markup(asNumber)).to.contain(String(value));
      expect(markup(asNull)).to.not.equal(markup(asNumber));
      expect(warnings.messages).to.deep.equal([]);
      const asBoolean = await make(tag, { ...base, [prop]: true });
      made.push(asBoolean);
      expect(markup(asBoolean)).to.equal(markup(asNull));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${tag}> ${attribute}="true"`);
    });
  }

  for (const tag of ['spasm-triage', 'red-flag-list']) {
    it(`<${tag}>.kiosk: true and "" are kiosk mode, false and null are not, as the attribute is`, async () => {
      const on = await make(tag, { kiosk: true });
      const off = await make(tag, { kiosk: false });
      const none = await make(tag, { kiosk: null });
      const byAttribute = await fixture<Host>(`<${tag} kiosk></${tag}>`);
      made.push(on, off, none, byAttribute);
      expect(markup(on)).to.equal(markup(byAttribute));
      expect(markup(off)).to.equal(markup(none));
      expect(markup(on)).to.not.equal(markup(off));
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});

describe('focus and events on the triage and the red-flag list', () => {
  it('the triage moves focus to the next step only when the patient pressed something in it', async () => {
    const el = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
    const input = document.createElement('input');
    document.body.append(input);
    try {
      shadowAll<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === 'Start')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.step-heading'));
      // The page resets it while the patient types elsewhere: focus stays there.
      input.focus();
      el.reset();
      await el.updateComplete;
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
    } finally {
      input.remove();
    }
  });

  it('the triage result fires once the outcome is on screen', async () => {
    const el = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
    const seen: (string | null)[] = [];
    el.addEventListener('spasm-triage-result', () => seen.push(el.getAttribute('disposition')));
    const press = async (label: string) => {
      shadowAll<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === label)!.click();
      await el.updateComplete;
    };
    await press('Start');
    shadow<HTMLInputElement>(el, 'input[type=checkbox]').click();
    await el.updateComplete;
    await press('Next');
    expect(seen).to.deep.equal(['emergency']);
  });

  it('the red-flag list fires its change once the new level is rendered and reflected', async () => {
    const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
    const seen: string[] = [];
    el.addEventListener('spasm-red-flag-change', () => seen.push(`${el.getAttribute('level')}: ${textOf(shadow(el, '[aria-live=assertive]')).slice(0, 8)}`));
    shadow<HTMLInputElement>(el, 'input[name="both-legs"]').click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['emergency: Call 911']);
  });
});
