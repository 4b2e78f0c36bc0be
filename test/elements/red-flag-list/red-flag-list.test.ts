import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/red-flag-list/red-flag-list.js';
import type { RedFlagList } from '../../../src/elements/red-flag-list/red-flag-list.js';
import { EMERGENCY_SIGNS, URGENT_SIGNS } from '../../../src/content/red-flags.js';
import { captureWarnings, pageStyle, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';

interface Change {
  checked: string[];
  unsure: string[];
  level: string | null;
}

const box = (el: Element, name: string) => shadow<HTMLInputElement>(el, `input[name="${name}"]`);
const boxes = (el: Element) => shadowAll<HTMLInputElement>(el, 'input[type=checkbox]');

async function tick(el: RedFlagList, name: string) {
  box(el, name).click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('<red-flag-list>', () => {
  describe('list mode (default)', () => {
    it('shows the §6 signs with the emergency call to action, then the §7 signs with "get help today"', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list></red-flag-list>`);
      expect(textOf(shadow(el, '[role=heading]'))).to.equal('Warning signs');
      const [emergency, urgent] = shadowAll(el, 'section.group');
      expect(shadowAll(el, 'section.emergency li').map(textOf)).to.deep.equal(EMERGENCY_SIGNS.map((s) => s.text()));
      expect(shadowAll(el, 'section.urgent li').map(textOf)).to.deep.equal(URGENT_SIGNS.map((s) => s.text()));
      expect(textOf(emergency!)).to.contain('If you have any of these, call 911 or go to the nearest emergency department now.');
      expect(shadow<HTMLAnchorElement>(el, 'section.emergency a.call').getAttribute('href')).to.equal('tel:911');
      expect(textOf(urgent!)).to.contain('Get medical help today').and.contain('urgent care centre today');
      expect(textOf(shadowAll(el, 'section.urgent li')[0]!)).to.match(/38\s?°C \(100\.4\s?°F\)/);
      expect(shadowAll(el, 'input')).to.have.length(0);
      expect(el.hasAttribute('alert')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('groups="emergency" shows only the emergency signs, under "Emergency warning signs"', async () => {
      const el = await fixture(html`<red-flag-list groups="emergency"></red-flag-list>`);
      expect(textOf(shadow(el, '[role=heading]'))).to.equal('Emergency warning signs');
      expect(shadowAll(el, 'section.group')).to.have.length(1);
      expect(shadowAll(el, 'li')).to.have.length(EMERGENCY_SIGNS.length);
    });

    it('groups="urgent" shows only the same-day signs', async () => {
      const el = await fixture(html`<red-flag-list groups="urgent"></red-flag-list>`);
      expect(shadowAll(el, 'li')).to.have.length(URGENT_SIGNS.length);
      expect(el.shadowRoot!.querySelector('a.call')).to.equal(null);
    });

    it('dials the number it is given, without spaces in the link', async () => {
      const el = await fixture(html`<red-flag-list emergency-number="+44 999"></red-flag-list>`);
      expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:+44999');
      expect(textOf(shadow(el, 'a.call'))).to.equal('Call +44 999');
    });

    it('lets the page set the heading level; group headings sit one below', async () => {
      const el = await fixture(html`<red-flag-list heading-level="3"></red-flag-list>`);
      expect(shadow(el, '[part=heading]').getAttribute('aria-level')).to.equal('3');
      expect(shadow(el, '.signs-title').getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('checklist mode', () => {
    it('asks since the pain started, in two fieldsets with legends, "Not sure" on every sign, no call to action yet', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      expect(textOf(shadow(el, '.intro'))).to.contain('Since your back pain started').and.contain('even if they have stopped');
      expect(shadowAll(el, 'fieldset legend').map(textOf)).to.deep.equal([
        'Call for emergency help now if you have any of these',
        'Get medical help today if you have any of these',
      ]);
      const all = [...EMERGENCY_SIGNS, ...URGENT_SIGNS];
      expect(boxes(el)).to.have.length(all.length * 2);
      expect(box(el, 'fever:not-sure').getAttribute('aria-label')).to.equal(`Not sure: ${URGENT_SIGNS[0]!.text()}`);
      expect(el.shadowRoot!.querySelector('.cta, .urgent-cta')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ticking an emergency sign reflects level and alert, shows the call to action beside its group, announces it once, and leaves focus on the box', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      box(el, 'both-legs').focus();
      await tick(el, 'both-legs');
      expect(events).to.deep.equal([{ checked: ['both-legs'], unsure: [], level: 'emergency' }]);
      expect(el.getAttribute('level')).to.equal('emergency');
      expect(el.hasAttribute('alert')).to.equal(true);
      const cta = shadow(el, 'fieldset.emergency + .cta');
      expect(textOf(cta)).to.contain('Call 911 or go to the nearest emergency department now.');
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'both-legs'));
      const live = shadow(el, '[aria-live=assertive]');
      expect(textOf(live)).to.contain('Call 911');
      // A second emergency sign changes nothing to announce.
      const said = live.textContent;
      await tick(el, 'chest-pain');
      expect(live.textContent).to.equal(said);
      expect(shadowAll(el, '.cta')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('a same-day sign gives level urgent and the "get help today" action beside its group', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      await tick(el, 'fever');
      expect(events.at(-1)).to.deep.equal({ checked: ['fever'], unsure: [], level: 'urgent' });
      expect(el.getAttribute('level')).to.equal('urgent');
      expect(textOf(shadow(el, 'fieldset.urgent + .urgent-cta'))).to.contain('urgent care centre today');
      expect(textOf(shadow(el, '[aria-live=assertive]'))).to.contain('urgent care centre');
      // Then an emergency sign raises the level: the emergency action shows and is announced.
      await tick(el, 'bladder-bowel');
      expect(el.getAttribute('level')).to.equal('emergency');
      expect(textOf(shadow(el, '[aria-live=assertive]'))).to.contain('Call 911');
    });

    it('"Not sure" counts as yes, at the level CONTENT.md §6 gives it', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      await tick(el, 'severe-injury:not-sure');
      expect(events.at(-1)).to.deep.equal({ checked: [], unsure: ['severe-injury'], level: 'urgent' });
      await tick(el, 'saddle-numbness:not-sure');
      expect(events.at(-1)).to.deep.equal({ checked: [], unsure: ['saddle-numbness', 'severe-injury'], level: 'emergency' });
      // Yes and not sure exclude each other for one sign.
      await tick(el, 'saddle-numbness');
      expect(box(el, 'saddle-numbness:not-sure').checked).to.equal(false);
      expect(events.at(-1)).to.deep.equal({ checked: ['saddle-numbness'], unsure: ['severe-injury'], level: 'emergency' });
    });

    it('reports every ticked sign in display order, and unticking removes it', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      await tick(el, 'lump');
      await tick(el, 'bladder-bowel');
      expect(el.checked).to.deep.equal(['bladder-bowel', 'lump']);
      await tick(el, 'lump');
      await tick(el, 'bladder-bowel');
      expect(events.at(-1)).to.deep.equal({ checked: [], unsure: [], level: null });
      expect(el.hasAttribute('alert')).to.equal(false);
      expect(el.hasAttribute('level')).to.equal(false);
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
        await tick(el, 'saddle-numbness');
        expect(events).to.deep.equal([{ checked: ['saddle-numbness'], unsure: [], level: 'emergency' }]);
      } finally {
        wrapper.remove();
      }
    });

    it('"None of these" clears every answer and says what to do if signs start', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      await tick(el, 'both-legs');
      await tick(el, 'fever:not-sure');
      shadow(el, '[part=none-button]').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(boxes(el).filter((b) => b.checked)).to.have.length(0);
      expect(events.at(-1)).to.deep.equal({ checked: [], unsure: [], level: null });
      expect(el.hasAttribute('alert')).to.equal(false);
      expect(textOf(shadow(el, '[role=status]'))).to.contain('If any of them start');
      await expect(el).to.be.accessible();
    });

    it('reset() clears the checklist', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      await tick(el, 'chest-pain');
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
        expect(shadowAll(el, 'li')).to.have.length(EMERGENCY_SIGNS.length + URGENT_SIGNS.length);
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
        expect(target.getBoundingClientRect().width).to.be.at.least(48);
      }
    });
  });

  describe('clinic signs', () => {
    it('shows <li> items (also inside a <ul>) after the built-in signs of their group, as text only', async () => {
      const el = await fixture(html`<red-flag-list>
        <ul>
          <li>Sign one</li>
          <li data-id="own" data-level="urgent"><b>You are</b> unwell<script>alert('x')</script></li>
        </ul>
        <li>Sign three</li>
      </red-flag-list>`);
      const emergency = shadowAll(el, 'section.emergency li').map(textOf);
      expect(emergency.slice(-2)).to.deep.equal(['Sign one', 'Sign three']);
      const urgent = shadowAll(el, 'section.urgent li').map(textOf);
      expect(urgent.at(-1)).to.equal('You are unwell');
      expect(shadow(el, 'section.urgent').querySelector('b, script')).to.equal(null);
    });

    it('adds them to the checklist with ids that do not shift or collide with built-in ones', async () => {
      const w = captureWarnings();
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist">
        <li></li>
        <li>Chest pain</li>
        <li data-id="fever">Hot</li>
        <li data-id="pregnant">You are pregnant</li>
      </red-flag-list>`);
      const events = recordEvents<Change>(el, 'spasm-red-flag-change');
      await tick(el, 'pregnant');
      await tick(el, 'custom-1');
      await tick(el, 'custom-2');
      expect(events.at(-1)!.checked).to.deep.equal(['custom-1', 'custom-2', 'pregnant']);
      expect(events.at(-1)!.level).to.equal('emergency');
      expect(w.messages.filter((m) => m.includes('data-id="fever"'))).to.have.length(1);
      w.restore();
    });

    it('follows items the page adds later', async () => {
      const el = await fixture<RedFlagList>(html`<red-flag-list></red-flag-list>`);
      const li = document.createElement('li');
      li.textContent = 'Added later';
      el.append(li);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(textOf(shadowAll(el, 'section.emergency li').at(-1)!)).to.equal('Added later');
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
