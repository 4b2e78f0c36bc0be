import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/red-flag-list/red-flag-list.js';
import type { RedFlagList } from '../../../src/elements/red-flag-list/red-flag-list.js';
import { EMERGENCY_SIGNS as RED_FLAGS } from '../../../src/content/red-flags.js';
import { captureWarnings, pageStyle, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';

const ALL_IDS = [
  'bladder-bowel',
  'saddle-numbness',
  'leg-weakness-numbness',
  'one-side-numbness',
  'balance-coordination',
  'fever',
  'weight-loss',
  'severe-injury',
  'cannot-move',
];

const boxes = (el: Element) => shadowAll<HTMLInputElement>(el, 'input[type=checkbox]');

async function tick(el: RedFlagList, index: number) {
  boxes(el)[index]!.click();
  await el.updateComplete;
}

describe('<red-flag-list>', () => {
  it('has the nine red flags of CONTENT.md §6, each with a source', () => {
    expect(RED_FLAGS.map((f) => f.id)).to.deep.equal(ALL_IDS);
    for (const f of RED_FLAGS) expect(f.sources.length, f.id).to.be.greaterThan(0);
  });

  describe('list mode (default)', () => {
    it('shows a heading, all nine signs and the call to action with a tel: button', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list></red-flag-list>`);
      expect(textOf(shadow(el, '[role=heading]'))).to.equal('Emergency warning signs');
      const items = shadowAll(el, 'li');
      expect(items).to.have.length(9);
      expect(textOf(items[5]!)).to.match(/38\s?°C \(100\.4\s?°F\)/);
      expect(textOf(shadow(el, '.cta'))).to.contain(
        'If you have any of these, call 911 or go to the nearest emergency department now.',
      );
      const call = shadow<HTMLAnchorElement>(el, 'a.call');
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(textOf(call)).to.equal('Call 911');
      expect(shadowAll(el, 'input')).to.have.length(0);
      expect(el.hasAttribute('alert')).to.equal(false);
    });

    it('is accessible', async () => {
      const el = await fixture(html`<red-flag-list></red-flag-list>`);
      await expect(el).to.be.accessible();
    });

    it('dials the number it is given, without spaces in the link', async () => {
      const el = await fixture(html`<red-flag-list emergency-number="+44 999"></red-flag-list>`);
      expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:+44999');
      expect(textOf(shadow(el, 'a.call'))).to.equal('Call +44 999');
    });

    it('lets the page set the heading level', async () => {
      const el = await fixture(html`<red-flag-list heading-level="3"></red-flag-list>`);
      expect(shadow(el, '[role=heading]').getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('checklist mode', () => {
    it('shows the signs as checkboxes in a fieldset with a legend, and no call to action yet', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      expect(textOf(shadow(el, 'fieldset legend'))).to.contain('Do you have any of these right now?');
      expect(boxes(el)).to.have.length(9);
      expect(el.shadowRoot!.querySelector('.cta')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ticking a sign fires the event, reflects alert, shows, focuses and announces the call to action', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<{ checked: string[] }>(el, 'spasm-red-flag-change');
      await tick(el, 5);
      expect(events).to.deep.equal([{ checked: ['fever'] }]);
      expect(el.hasAttribute('alert')).to.equal(true);
      const cta = shadow(el, '.cta');
      expect(textOf(cta)).to.contain('Call 911 or go to the nearest emergency department now.');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.cta-text'));
      expect(textOf(shadow(el, '[aria-live=assertive]'))).to.contain('Call 911');
      await expect(el).to.be.accessible();
    });

    it('reports every ticked sign in display order, and unticking removes it', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<{ checked: string[] }>(el, 'spasm-red-flag-change');
      await tick(el, 8);
      await tick(el, 0);
      expect(events.at(-1)).to.deep.equal({ checked: ['bladder-bowel', 'cannot-move'] });
      expect(el.checked).to.deep.equal(['bladder-bowel', 'cannot-move']);
      await tick(el, 8);
      await tick(el, 0);
      expect(events.at(-1)).to.deep.equal({ checked: [] });
      expect(el.hasAttribute('alert')).to.equal(false);
      expect(el.shadowRoot!.querySelector('.cta')).to.equal(null);
    });

    it('the event crosses shadow roots', async () => {
      const wrapper = document.createElement('div');
      const inner = wrapper.attachShadow({ mode: 'open' });
      const el = document.createElement('red-flag-list');
      el.setAttribute('mode', 'checklist');
      inner.append(el);
      document.body.append(wrapper);
      try {
        await el.updateComplete;
        const events = recordEvents(document.body, 'spasm-red-flag-change');
        await tick(el, 1);
        expect(events).to.deep.equal([{ checked: ['saddle-numbness'] }]);
      } finally {
        wrapper.remove();
      }
    });

    it('"None of these" clears every tick and says what to do if signs start', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<{ checked: string[] }>(el, 'spasm-red-flag-change');
      await tick(el, 2);
      await tick(el, 3);
      shadow(el, '[part=none-button]').click();
      await el.updateComplete;
      expect(boxes(el).filter((b) => b.checked)).to.have.length(0);
      expect(events.at(-1)).to.deep.equal({ checked: [] });
      expect(el.hasAttribute('alert')).to.equal(false);
      expect(textOf(shadow(el, '[role=status]'))).to.contain('If any of them start');
      await expect(el).to.be.accessible();
    });

    it('reset() clears the checklist', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      await tick(el, 0);
      el.reset();
      await el.updateComplete;
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
      expect(el.hasAttribute('alert')).to.equal(false);
      expect(el.checked).to.deep.equal([]);
      expect(textOf(shadow(el, '[aria-live=assertive]'))).to.equal('');
    });
  });

  describe('bad attributes', () => {
    it('a bad emergency-number falls back to 911 with exactly one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RedFlagList>(html`<red-flag-list emergency-number="call us!"></red-flag-list>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:911');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<red-flag-list> emergency-number="call us!"').and.contain('"911"');
      } finally {
        warnings.restore();
      }
    });

    it('an unknown mode falls back to the list with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture(html`<red-flag-list mode="cards"></red-flag-list>`);
        expect(shadowAll(el, 'li')).to.have.length(9);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('mode="cards"').and.contain('"list"');
      } finally {
        warnings.restore();
      }
    });

    it('a heading level out of range is clamped with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture(html`<red-flag-list heading-level="9"></red-flag-list>`);
        expect(shadow(el, '[role=heading]').getAttribute('aria-level')).to.equal('6');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('kiosk', () => {
    it('has no tel: link and tells the patient to go to the front desk, in large type', async () => {
      const el = await fixture(html`<red-flag-list kiosk emergency-number="112"></red-flag-list>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      const text = shadow(el, '.cta-text');
      expect(textOf(text)).to.equal('Tell the front desk now, or call 112.');
      expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(28);
      await expect(el).to.be.accessible();
    });

    it('makes every checklist target at least 48 px tall', async () => {
      const el = await fixture(html`<red-flag-list kiosk mode="checklist"></red-flag-list>`);
      for (const target of [...shadowAll(el, 'label.option'), shadow(el, 'button')]) {
        expect(target.getBoundingClientRect().height).to.be.at.least(48);
      }
    });
  });

  describe('clinic signs', () => {
    it('shows child <li> items after the built-in signs, as text only', async () => {
      const el = await fixture(html`<red-flag-list>
        <li>Chest pain</li>
        <li data-id="pregnant"><b>You are</b> pregnant</li>
      </red-flag-list>`);
      const items = shadowAll(el, 'li');
      expect(items).to.have.length(11);
      expect(textOf(items[9]!)).to.equal('Chest pain');
      expect(textOf(items[10]!)).to.equal('You are pregnant');
      expect(items[10]!.querySelector('b')).to.equal(null);
    });

    it('adds them to the checklist with their own ids', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist">
        <li>Chest pain</li>
        <li data-id="pregnant">You are pregnant</li>
      </red-flag-list>`);
      const events = recordEvents<{ checked: string[] }>(el, 'spasm-red-flag-change');
      await tick(el, 10);
      await tick(el, 9);
      expect(events.at(-1)).to.deep.equal({ checked: ['custom-1', 'pregnant'] });
    });

    it('follows items the page adds later', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list></red-flag-list>`);
      const li = document.createElement('li');
      li.textContent = 'Added later';
      el.append(li);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(shadowAll(el, 'li').at(-1)!)).to.equal('Added later');
    });
  });

  describe('on a host page', () => {
    it('takes --spasm-color-emergency from the page', async () => {
      const remove = pageStyle('.themed { --spasm-color-emergency: rgb(1, 2, 3); }');
      try {
        const el = await fixture(html`<red-flag-list class="themed"></red-flag-list>`);
        expect(getComputedStyle(shadow(el, '.cta')).backgroundColor).to.equal('rgb(1, 2, 3)');
      } finally {
        remove();
      }
    });

    it('is not shrunk by html { font-size: 62.5% }', async () => {
      const remove = pageStyle('html { font-size: 62.5% !important; } body { font-size: 1rem; }');
      try {
        const el = await fixture(html`<red-flag-list></red-flag-list>`);
        expect(getComputedStyle(shadow(el, 'li')).fontSize).to.equal('16px');
      } finally {
        remove();
      }
    });

    it('keeps its look under a hostile page stylesheet', async () => {
      const remove = pageStyle(`
        body { color: rgb(255, 0, 255) !important; font: italic 9px serif !important; line-height: 0.5 !important;
               text-transform: uppercase !important; letter-spacing: 5px !important; text-align: center !important; }
        * { box-sizing: content-box !important; }
        li, ul, a, button, p { display: none !important; }
      `);
      try {
        const el = await fixture(html`<red-flag-list></red-flag-list>`);
        const li = shadow(el, 'li');
        const style = getComputedStyle(li);
        expect(style.display).to.equal('list-item');
        expect(style.fontSize).to.equal('16px');
        expect(style.fontStyle).to.equal('normal');
        expect(style.textTransform).to.equal('none');
        expect(style.letterSpacing).to.equal('normal');
        expect(style.color).not.to.equal('rgb(255, 0, 255)');
        expect(getComputedStyle(shadow(el, 'a.call')).display).not.to.equal('none');
      } finally {
        remove();
      }
    });
  });
});
