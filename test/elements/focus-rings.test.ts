import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SpasmTriage } from '../../src/elements/spasm-triage/spasm-triage.js';
import type { StretchRoutine } from '../../src/elements/stretch-routine/stretch-routine.js';
import { FakeClock } from '../fake-clock.js';
import { FakeSound } from '../fake-sound.js';
import { fakedTimer } from './heat-ice-timer/faked-timer.js';
import { press, shadow, shadowAll, textOf } from '../helpers.js';
import { SCHEMES, useScheme } from '../engines.js';
import { backgroundBehind, contrast } from '../contrast.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** The element focused inside `host` shows a ring at least 2 px wide, 3:1 against what is behind it. */
function expectRing(host: Element, where: string) {
  const focused = host.shadowRoot!.activeElement as HTMLElement | null;
  expect(focused, `${where}: something has focus`).to.not.equal(null);
  const s = getComputedStyle(focused!);
  expect(s.outlineStyle, `${where}: outline`).to.not.equal('none');
  expect(parseFloat(s.outlineWidth), `${where}: outline width`).to.be.at.least(2);
  const behind = backgroundBehind(focused!);
  expect(contrast(s.outlineColor, behind), `${where}: ${s.outlineColor} on ${behind}`).to.be.at.least(3);
}

/** Text of every live region and alert in `host`'s shadow root. */
const spoken = (host: Element) => shadowAll(host, '[aria-live], [role=alert], [role=status]').map((n) => n.textContent!.trim()).join(' | ');

describe('focus on a step heading shows, and each change is said once', () => {
  afterEach(() => useScheme('light'));

  for (const scheme of SCHEMES) {
    it(`every step heading that takes focus shows a 3:1 ring in ${scheme} colours`, async function () {
      this.timeout(30_000);
      await useScheme(scheme);
      const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
      await press(triage, 'Start');
      expect(triage.shadowRoot!.activeElement).to.equal(shadow(triage, '.step-heading'));
      expectRing(triage, 'triage step');
      shadow<HTMLInputElement>(triage, 'input[name="chest-pain"]').click();
      await press(triage, 'Next');
      expect(triage.shadowRoot!.activeElement).to.equal(shadow(triage, '.card .step-heading'));
      expectRing(triage, 'triage outcome');

      const timer = await fakedTimer();
      try {
        for (const box of shadowAll<HTMLInputElement>(timer, '.check input')) box.click();
        await press(timer, 'Start 15 minutes of ice');
        expectRing(timer, 'timer round');
      } finally {
        timer.remove();
      }

      const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      routine.clock = new FakeClock();
      routine.sound = new FakeSound();
      await press(routine, 'Start the stretches');
      expectRing(routine, 'first stretch');
      await press(routine, 'Stop: this hurts');
      expectRing(routine, 'pain screen');

      const flags = await fixture<Lit>(html`<red-flag-list></red-flag-list>`);
      shadow(flags, '.cta-text').focus();
      expectRing(flags, 'the call to action on its red panel');
    });
  }

  it('the triage outcome title is said by focus alone, not also by a live region', async () => {
    const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
    await press(triage, 'Start');
    shadow<HTMLInputElement>(triage, 'input[name="chest-pain"]').click();
    await press(triage, 'Next');
    const title = textOf(shadow(triage, '.card .step-heading'));
    expect(triage.shadowRoot!.activeElement).to.equal(shadow(triage, '.card .step-heading'));
    expect(spoken(triage)).not.to.contain(title);
  });

  it('a triage error is said once: by its alert, with focus on the first box (described by the error, not re-alerted)', async () => {
    const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
    await press(triage, 'Start');
    await press(triage, 'Next');
    expect(shadowAll(triage, '[role=alert]')).to.have.length(1);
    await press(triage, 'Next');
    expect(shadowAll(triage, '[role=alert]'), 'a second Next does not stack alerts').to.have.length(1);
  });
});
