import { expect } from '@open-wc/testing';
import '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import type { HeatIceTimer } from '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import { memoryStore } from '../../../src/core/storage.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { shadow, shadowAll } from '../../helpers.js';
import { SCHEMES, useScheme } from '../../engines.js';
import { backgroundBehind, checkControls, contrast } from '../../contrast.js';

const MIN = 60_000;
const T0 = new Date(2026, 10, 20, 14, 0, 0).getTime();
const iso = (t: number) => {
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

const made: HTMLElement[] = [];
async function make(attrs: Record<string, string>, clock: FakeClock): Promise<HeatIceTimer> {
  const el = document.createElement('heat-ice-timer');
  el.clock = clock;
  el.sound = new FakeSound();
  el.storage = memoryStore();
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  made.push(el);
  await el.updateComplete;
  return el;
}

async function click(el: HeatIceTimer, selector: string) {
  shadow(el, selector).click();
  await el.updateComplete;
}

async function check(el: HeatIceTimer, where: string) {
  await expect(el, where).to.be.accessible();
  checkControls(el, where);
  // The ring is the one picture of time passing: 3:1 against the panel behind it (WCAG 1.4.11).
  const bar = el.shadowRoot!.querySelector<SVGElement>('.dial .bar');
  if (bar) {
    const ring = contrast(getComputedStyle(bar).stroke, backgroundBehind(bar.parentElement!.parentElement!));
    expect(ring, `${where}: ring`).to.be.at.least(3);
  }
  const error = el.shadowRoot!.querySelector('.error');
  if (error) expect(contrast(getComputedStyle(error).color, backgroundBehind(error)), `${where}: error text`).to.be.at.least(4.5);
}

describe('<heat-ice-timer> colour in every state', () => {
  afterEach(async () => {
    made.forEach((el) => el.remove());
    made.length = 0;
    await useScheme('light');
  });

  for (const scheme of SCHEMES) {
    it(`every state passes axe and measured contrast (ring, error, edges, focus) in ${scheme} colours`, async function () {
      this.timeout(60_000);
      await useScheme(scheme);
      const clock = new FakeClock(T0);
      const asked = await make({}, clock);
      await check(asked, 'onset question');
      asked.remove();

      const el = await make({ onset: iso(T0 - 30 * 60 * MIN) }, clock);
      await check(el, 'idle with the safety check');
      await click(el, '[part=start-button]');
      expect(el.shadowRoot!.querySelector('.error')).to.not.equal(null);
      await check(el, 'error shown');
      await click(el, 'input[value=heat]');
      expect(el.shadowRoot!.querySelector('[part=swelling]')).to.not.equal(null);
      await check(el, 'swelling question');
      shadowAll(el, '[part=swelling] button')[0]!.click();
      await el.updateComplete;
      await check(el, 'told to use ice');
      for (const box of shadowAll<HTMLInputElement>(el, '.check input')) if (!box.checked) box.click();
      await el.updateComplete;
      await click(el, '[part=start-button]');
      expect(el.getAttribute('state')).to.equal('running');
      await check(el, 'running (ice)');
      await click(el, '[part=pause-button]');
      await check(el, 'paused');
      await click(el, '[part=pause-button]');
      clock.advance(15 * MIN);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('done');
      await check(el, 'done');
      await click(el, '[part=done-button]');
      expect(el.getAttribute('state')).to.equal('resting');
      expect(el.shadowRoot!.querySelector('[part=log]')).to.not.equal(null);
      shadow<HTMLDetailsElement>(el, 'details').open = true;
      await check(el, 'resting, with the log and the warning signs open');

      const heat = await make({ mode: 'heat', onset: iso(T0 - 100 * 60 * MIN), 'storage-key': 'h' }, clock);
      for (const box of shadowAll<HTMLInputElement>(heat, '.check input')) if (!box.checked) box.click();
      await heat.updateComplete;
      await click(heat, '[part=start-button]');
      await check(heat, 'running (heat)');
    });
  }
});
