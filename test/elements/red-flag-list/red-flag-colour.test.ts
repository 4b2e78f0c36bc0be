import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/red-flag-list/red-flag-list.js';
import type { RedFlagList } from '../../../src/elements/red-flag-list/red-flag-list.js';
import { shadow, shadowAll } from '../../helpers.js';
import { SCHEMES, useScheme } from '../../engines.js';
import { checkControls } from '../../contrast.js';

async function check(el: RedFlagList, where: string) {
  await expect(el, where).to.be.accessible();
  checkControls(el, where);
}

describe('<red-flag-list> colour', () => {
  afterEach(() => useScheme('light'));

  for (const scheme of SCHEMES) {
    it(`the list and the checklist (a sign ticked yes, one not sure, none) pass axe and measured contrast in ${scheme} colours`, async function () {
      this.timeout(30_000);
      await useScheme(scheme);
      await check(await fixture<RedFlagList>(html`<red-flag-list></red-flag-list>`), 'list');
      await check(await fixture<RedFlagList>(html`<red-flag-list kiosk></red-flag-list>`), 'kiosk list');
      const el = await fixture<RedFlagList>(html`<red-flag-list mode="checklist"></red-flag-list>`);
      await check(el, 'checklist');
      const yes = shadowAll<HTMLInputElement>(el, '.option:not(.unsure) input');
      const unsure = shadowAll<HTMLInputElement>(el, '.unsure input');
      unsure[unsure.length - 1]!.click();
      await el.updateComplete;
      expect(el.getAttribute('alert'), 'not sure reaches a level').to.not.equal(null);
      await check(el, 'not sure ticked');
      yes[0]!.click();
      await el.updateComplete;
      await check(el, 'a sign ticked yes');
      shadow(el, '[part=none-button]').click();
      await el.updateComplete;
      await check(el, 'none of these');
    });
  }
});
