import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/spasm-kiosk/spasm-kiosk.js';
import { shadow, shadowAll } from '../../helpers.js';

/** Layout that engines disagree on: every one of Chromium, Firefox and WebKit must show the same. */
describe('<spasm-kiosk> layout in every engine', () => {
  it('keeps the attract screen language buttons one line high beside their legend', async () => {
    const el = await fixture<HTMLElement>(html`<spasm-kiosk clinic-name="Riverside Clinic"></spasm-kiosk>`);
    const legend = shadow(el, '.languages legend');
    const buttons = shadowAll(el, '.languages button');
    expect(buttons.length).to.be.greaterThan(1);
    for (const b of buttons) {
      const { height, top } = b.getBoundingClientRect();
      expect(height, b.textContent!.trim()).to.be.within(48, 64);
      // Below the legend, not stretched alongside it.
      expect(top).to.be.at.least(legend.getBoundingClientRect().bottom - 0.5);
    }
  });
});
