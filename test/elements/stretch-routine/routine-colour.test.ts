import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/stretch-routine/stretch-routine.js';
import type { StretchRoutine } from '../../../src/elements/stretch-routine/stretch-routine.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { press, shadow, textOf } from '../../helpers.js';
import { SCHEMES, useScheme } from '../../engines.js';
import { backgroundBehind, checkControls, contrast } from '../../contrast.js';

async function check(el: StretchRoutine, where: string) {
  await expect(el, where).to.be.accessible();
  checkControls(el, where);
  // The hold's bar shows time passing: its fill stands out 3:1 from its track.
  const fill = el.shadowRoot!.querySelector<SVGElement>('.bar .fill');
  if (fill) {
    const track = getComputedStyle(el.shadowRoot!.querySelector('.bar .track')!).fill;
    expect(contrast(getComputedStyle(fill).fill, track), `${where}: bar fill on its track`).to.be.at.least(3);
    expect(contrast(track, backgroundBehind(fill.parentElement!.parentElement!)) >= 3 || contrast(getComputedStyle(fill).fill, backgroundBehind(fill.parentElement!.parentElement!)) >= 3, `${where}: bar on its panel`).to.equal(true);
  }
}

describe('<stretch-routine> colour on every screen', () => {
  afterEach(() => useScheme('light'));

  for (const scheme of SCHEMES) {
    it(`the start screen, each stretch idle, running and paused, the pain screen and the end pass axe in ${scheme} colours`, async function () {
      this.timeout(90_000);
      await useScheme(scheme);
      const clock = new FakeClock();
      const el = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      el.clock = clock;
      el.sound = new FakeSound();
      el.requestUpdate();
      await el.updateComplete;
      shadow<HTMLInputElement>(el, '.pregnant input').click();
      await el.updateComplete;
      await check(el, 'start screen');
      shadow(el, '[part=begin-button]').click();
      await el.updateComplete;
      for (let i = 0; el.getAttribute('state') !== 'done'; i++) {
        const name = textOf(shadow(el, '.heading'));
        await check(el, `${name} idle`);
        await press(el, 'Start');
        clock.advance(2500);
        el.requestUpdate();
        await el.updateComplete;
        await check(el, `${name} running`);
        await press(el, 'Pause');
        await check(el, `${name} paused`);
        await press(el, 'Skip');
        expect(i, 'stretches').to.be.below(6);
      }
      await check(el, 'end summary');
      await press(el, 'Start again');
      shadow(el, '[part=begin-button]').click();
      await el.updateComplete;
      await press(el, 'Stop: this hurts');
      await check(el, 'pain screen');
    });
  }
});
