import { expect, fixture } from '@open-wc/testing';
import '../../../src/elements/spasm-triage/spasm-triage.js';
import type { SpasmTriage } from '../../../src/elements/spasm-triage/spasm-triage.js';
import { press, shadow } from '../../helpers.js';
import { SCHEMES, useScheme } from '../../engines.js';
import { checkControls } from '../../contrast.js';

const CLINIC = 'booking-url="/book" clinic-phone="555-0100" clinic-name="Riverside Family Clinic"';
const CALM = ['None of these', '20 to 50', 'No', 'None of these', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these'];

async function tick(el: SpasmTriage, id: string) {
  shadow<HTMLInputElement>(el, `input[name="${id}"]`).click();
  await el.updateComplete;
}

/** axe, then our own measures of what axe skips (borders, focus ring), on the screen shown now. */
async function check(el: SpasmTriage, where: string) {
  await expect(el, where).to.be.accessible();
  checkControls(el, where);
}

describe('<spasm-triage> colour on every screen', () => {
  afterEach(() => useScheme('light'));

  for (const scheme of SCHEMES) {
    it(`every step, the error, and the four care cards pass axe and measured contrast in ${scheme} colours`, async function () {
      this.timeout(60_000);
      await useScheme(scheme);
      const el = await fixture<SpasmTriage>(`<spasm-triage ${CLINIC}></spasm-triage>`);
      await check(el, 'start');
      await press(el, 'Start');
      await check(el, 'emergency signs');
      await press(el, 'Next');
      expect(shadow(el, '.error').textContent).to.contain('Error:');
      await check(el, 'error shown');
      await tick(el, 'chest-pain');
      await check(el, 'a sign ticked');
      await tick(el, 'chest-pain');
      await press(el, "I'm not sure about some");
      await check(el, 'not sure follow-up');
      await press(el, 'Back');
      for (const tap of CALM.slice(0, -1)) {
        await press(el, tap);
        await check(el, `after "${tap}"`);
      }
      await press(el, 'None of these');
      expect(el.getAttribute('disposition')).to.equal('self-care');
      await check(el, 'self-care card');

      for (const [taps, disposition] of [
        [['None of these', '20 to 50', 'No', 'None of these', 'None of these', 'Low in my back', 'It came on without any of these', 'tick:recurring', 'Next'], 'see-doctor'],
        [['None of these', '20 to 50', 'No', 'tick:fever', 'Next', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these'], 'urgent'],
        [['tick:chest-pain', 'Next'], 'emergency'],
      ] as const) {
        await press(el, 'Start again');
        await press(el, 'Start');
        for (const t of taps) {
          if (t.startsWith('tick:')) await tick(el, t.slice(5));
          else await press(el, t);
        }
        expect(el.getAttribute('disposition')).to.equal(disposition);
        await check(el, `${disposition} card`);
      }
    });
  }
});
