import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SpasmTriage } from '../../src/elements/spasm-triage/spasm-triage.js';
import { press, shadow, shadowAll, textOf } from '../helpers.js';
import { fakedTimer } from './heat-ice-timer/faked-timer.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The error pattern, checked the same way wherever a form step complains. */
function expectPattern(el: Lit, where: string) {
  const error = shadow(el, '.error');
  expect(error.getAttribute('role'), where).to.equal('alert');
  expect(textOf(error.querySelector('strong')!), where).to.equal('Error:');
  expect(textOf(error).startsWith('Error: '), where).to.equal(true);
  const fieldset = shadowAll(el, 'fieldset').find((f) => f.getAttribute('aria-describedby') === error.id);
  expect(fieldset, `${where}: a fieldset described by the error`).to.exist;
  const invalid = [...fieldset!.querySelectorAll<HTMLInputElement>('input[aria-invalid=true]')];
  expect(invalid.length, `${where}: invalid inputs`).to.be.above(0);
  expect(el.shadowRoot!.activeElement, `${where}: focus on the first problem`).to.equal(invalid[0]);
}

const look = (el: Element) => {
  const s = getComputedStyle(el);
  return [s.paddingTop, s.paddingInlineStart, s.borderInlineStartWidth, s.borderInlineStartColor, s.backgroundColor, s.color, s.fontWeight, s.borderTopLeftRadius];
};

describe('one error pattern for every form step', () => {
  it('the triage and the timer complain the same way, and look the same', async () => {
    const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
    await press(triage, 'Start');
    await press(triage, 'Next');
    expectPattern(triage, 'triage');

    const timer = await fakedTimer();
    try {
      await press(timer, 'Start 15 minutes of ice');
      expectPattern(timer, 'timer safety check');
      expect(look(shadow(timer, '.error'))).to.deep.equal(look(shadow(triage, '.error')));
      // Ticking every box clears it.
      for (const box of shadowAll<HTMLInputElement>(timer, '.check input')) box.click();
      await timer.updateComplete;
      expect(timer.shadowRoot!.querySelector('.error')).to.equal(null);
      expect(shadowAll(timer, '[aria-invalid=true]')).to.have.length(0);
    } finally {
      timer.remove();
    }
  });
});
