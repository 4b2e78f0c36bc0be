import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/spasm-triage/spasm-triage.js';
import type { SpasmTriage } from '../../../src/elements/spasm-triage/spasm-triage.js';
import { recordEvents, shadow, textOf } from '../../helpers.js';

/** What has focus inside the triage. */
const focused = (el: SpasmTriage) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A step of the walk: Tab until `what` has focus, then press the key a keyboard user would. */
type Target = { button: string } | { box: string };

async function reach(el: SpasmTriage, target: Target) {
  const matches = (f: HTMLElement | null) =>
    !!f && ('button' in target ? f.localName === 'button' && textOf(f) === target.button : (f as HTMLInputElement).name === target.box);
  for (let i = 0; i < 40 && !matches(focused(el)); i++) await sendKeys({ press: 'Tab' });
  expect(matches(focused(el)), JSON.stringify(target)).to.equal(true);
  await sendKeys({ press: 'button' in target ? 'Enter' : ' ' });
  await el.updateComplete;
  await el.updateComplete;
}

const none = { button: 'None of these' };
const next = { button: 'Next' };
const CALM: Target[] = [none, { button: '20 to 50' }, { button: 'No' }];

const PATHS: Record<string, Target[]> = {
  emergency: [{ box: 'leg-weakness' }, next],
  urgent: [...CALM, { box: 'night-pain' }, next, none, { button: 'Low in my back' }, { button: 'It came on without any of these' }, none],
  'see-doctor': [...CALM, none, none, { button: 'Low in my back' }, { button: 'After a fall, a knock or another injury' }, none],
  'self-care': [...CALM, none, none, { button: 'Low in my back' }, { button: 'It came on without any of these' }, none],
};

describe('<spasm-triage> by keyboard alone', () => {
  for (const [disposition, path] of Object.entries(PATHS)) {
    it(`reaches ${disposition} with Tab, Enter and Space, focus on each new step's heading`, async () => {
      const el = await fixture<SpasmTriage>('<spasm-triage></spasm-triage>');
      const events = recordEvents<{ disposition: string }>(el, 'spasm-triage-result');
      shadow(el, 'button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      for (const target of path) await reach(el, target);
      expect(el.getAttribute('disposition')).to.equal(disposition);
      expect(focused(el)).to.equal(shadow(el, '.card .step-heading'));
      expect(events.map((e) => e.disposition)).to.deep.equal([disposition]);
    });
  }
});
