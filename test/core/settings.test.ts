import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';
import { flag, numberInRange, phoneNumber, settingNumber } from '../../src/core/attributes.js';
import { readSetting, Settings } from '../../src/core/settings.js';
import { captureWarnings } from '../helpers.js';

class SettingsProbe extends LitElement {
  static override properties = { size: {}, on: {} };
  size: unknown = '5';
  on: unknown = false;
  parses = 0;
  readonly settings = new Settings(this, {
    size: {
      attribute: 'size',
      raw: () => this.size,
      parse: (raw) => (this.parses++, numberInRange(1, 10, 5)(raw)),
    },
    on: { attribute: 'on', raw: () => this.on, parse: flag(false) },
  });
  rendered: unknown[] = [];
  override render() {
    this.rendered.push(this.settings.values.size);
    return html`${this.settings.values.size}`;
  }
}
customElements.define('settings-probe', SettingsProbe);

/** The element's shadow DOM without Lit's markers, to compare two renders. */
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');

describe('settings', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('strict decimal numbers', () => {
    it('reads plain decimals, signs and a trailing .0', () => {
      expect(settingNumber('12')).to.equal(12);
      expect(settingNumber(' 12 ')).to.equal(12);
      expect(settingNumber('12.0')).to.equal(12);
      expect(settingNumber('-3')).to.equal(-3);
      expect(settingNumber('.5')).to.equal(0.5);
      expect(settingNumber(7)).to.equal(7);
    });
    it('refuses hex, exponents, units and blanks, which Number() would accept', () => {
      for (const raw of ['0x10', '1e1', ' 12abc', '12px', '', ' ', '0b11', 'Infinity', '1_000', '--1', true, false, null]) {
        expect(settingNumber(raw), String(raw)).to.be.NaN;
      }
    });
    it('a bad number text falls back to the default with a warning naming the value used', () => {
      const probe = document.createElement('settings-probe');
      expect(readSetting(probe, 'minutes', '0x10', numberInRange(1, 60, 15))).to.equal(15);
      expect(warnings.messages).to.deep.equal([
        '<settings-probe> minutes="0x10" is not valid (expected a whole number from 1 to 60); using "15".',
      ]);
    });
  });

  describe('whatever type arrives', () => {
    it('a number property reads as its attribute text would, with no warning', () => {
      const probe = document.createElement('settings-probe');
      const range = numberInRange(1, 100, 50);
      expect(readSetting(probe, 'n', 42, range)).to.equal(readSetting(probe, 'n', '42', range));
      expect(readSetting(probe, 'tel', 911, phoneNumber('112'))).to.equal('911');
      expect(warnings.messages).to.deep.equal([]);
    });
    it('null and undefined mean the default, silently; NaN and objects are bad values, warned once', () => {
      const probe = document.createElement('settings-probe');
      const range = numberInRange(1, 100, 50);
      expect(readSetting(probe, 'n', null, range)).to.equal(50);
      expect(readSetting(probe, 'n', undefined, range)).to.equal(50);
      expect(warnings.messages).to.deep.equal([]);
      expect(readSetting(probe, 'n', NaN, range)).to.equal(50);
      expect(readSetting(probe, 'n', NaN, range)).to.equal(50);
      expect(readSetting(probe, 'n', { a: 1 }, range)).to.equal(50);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('n="NaN"');
    });
    it('flags take booleans, presence and the words true/false/on/off', () => {
      const parse = flag(false);
      expect(parse(true)).to.deep.equal({ value: true });
      expect(parse(false)).to.deep.equal({ value: false });
      expect(parse('')).to.deep.equal({ value: true });
      expect(parse('false')).to.deep.equal({ value: false });
      expect(parse(' On ')).to.deep.equal({ value: true });
      expect(parse(null)).to.deep.equal({ value: false });
      expect(parse('maybe')).to.deep.equal({ value: false, expected: 'true or false' });
    });
  });

  describe('the Settings controller', () => {
    it('parses before render, once per change, and render reads typed values', async () => {
      const el = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
      expect(el.rendered).to.deep.equal([5]);
      const parsesAfterFirst = el.parses;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.parses, 'an unrelated update parses nothing').to.equal(parsesAfterFirst);
      el.size = 8;
      await el.updateComplete;
      el.size = '20';
      await el.updateComplete;
      expect(el.rendered).to.deep.equal([5, 5, 8, 10]);
      expect(el.parses).to.equal(parsesAfterFirst + 2);
      expect(el.settings.values.on).to.equal(false);
      el.on = 'true';
      await el.updateComplete;
      expect(el.settings.values.on).to.equal(true);
    });
    it('warns once for a bad value however often the element renders', async () => {
      const el = await fixture<SettingsProbe>(html`<settings-probe></settings-probe>`);
      el.size = 'lots';
      await el.updateComplete;
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      el.size = 5;
      await el.updateComplete;
      el.size = 'lots';
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<settings-probe> size="lots" is not valid (expected a whole number from 1 to 10); using "5".',
      ]);
    });
  });

  // The settings frameworks pass as numbers (React 19, Vue, Svelte, Angular
  // set properties): each used to throw "e.trim is not a function" and leave
  // the element blank.
  describe('numbers given as properties to every element', () => {
    const cases: [tag: string, prop: string, attribute: string, value: number][] = [
      ['red-flag-list', 'emergencyNumber', 'emergency-number', 911],
      ['red-flag-list', 'headingLevel', 'heading-level', 3],
      ['spasm-triage', 'headingLevel', 'heading-level', 3],
      ['spasm-triage', 'emergencyNumber', 'emergency-number', 112],
      ['stretch-routine', 'reps', 'reps', 8],
      ['stretch-routine', 'holdSeconds', 'hold-seconds', 30], // within every hold's own range (issue 9)
      ['stretch-routine', 'emergencyNumber', 'emergency-number', 999],
      ['heat-ice-timer', 'headingLevel', 'heading-level', 3],
      ['spasm-kiosk', 'idleSeconds', 'idle-seconds', 60],
      ['spasm-kiosk', 'emergencyNumber', 'emergency-number', 911],
    ];
    for (const [tag, prop, attribute, value] of cases) {
      it(`<${tag}>.${prop} = ${value} renders as ${attribute}="${value}" does, without a warning`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onError);
        try {
          const byAttribute = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          byAttribute.setAttribute(attribute, String(value));
          byAttribute.setAttribute('kiosk', '');
          const byProperty = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          (byProperty as unknown as Record<string, unknown>)[prop] = value;
          byProperty.setAttribute('kiosk', '');
          document.body.append(byAttribute, byProperty);
          await byAttribute.updateComplete;
          await byProperty.updateComplete;
          await new Promise((r) => setTimeout(r, 300)); // a few kiosk idle checks
          expect(markup(byProperty)).to.not.equal('');
          expect(markup(byProperty)).to.equal(markup(byAttribute));
          if (prop === 'headingLevel') expect(byProperty.shadowRoot!.querySelector('[aria-level="3"]'), 'a level-3 heading').to.not.equal(null);
          expect(errors).to.deep.equal([]);
          expect(warnings.messages).to.deep.equal([]);
          byAttribute.remove();
          byProperty.remove();
        } finally {
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onError);
        }
      });
    }
  });
});
