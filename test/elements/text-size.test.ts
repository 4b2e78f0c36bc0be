import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { SpasmTriage } from '../../src/elements/spasm-triage/spasm-triage.js';
import type { StretchRoutine } from '../../src/elements/stretch-routine/stretch-routine.js';
import { FakeClock } from '../fake-clock.js';
import { FakeSound } from '../fake-sound.js';
import { fakedTimer } from './heat-ice-timer/faked-timer.js';
import { pageStyle, press, shadow, shadowAll, textOf } from '../helpers.js';
import { itWithDevTools } from '../engines.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** How many lines a text element's words take. */
function lines(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

async function timerRunning(attrs = ''): Promise<Lit> {
  const timer = await fakedTimer(attrs);
  for (const box of shadowAll<HTMLInputElement>(timer, '.check input')) box.click();
  await press(timer, 'Start 15 minutes of ice');
  return timer;
}

describe('text size', () => {
  itWithDevTools("follows the browser's default font size: 32 px set by the patient shows 32 px text, whatever the page's html font-size", async () => {
    const remove = pageStyle('html { font-size: 62.5% !important; } body { font-size: 1rem; }');
    await executeServerCommand('font-size', { px: 32 });
    try {
      const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
      expect(getComputedStyle(triage).fontSize).to.equal('32px');
      expect(getComputedStyle(shadow(triage, 'p')).fontSize).to.equal('32px');
      const flags = await fixture<Lit>(html`<red-flag-list></red-flag-list>`);
      expect(getComputedStyle(shadow(flags, 'li')).fontSize).to.equal('32px');
      const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
      expect(getComputedStyle(shadow(routine, 'p')).fontSize).to.equal('32px');
      const timer = await timerRunning();
      try {
        expect(getComputedStyle(shadow(timer, '.status')).fontSize).to.equal('32px');
      } finally {
        timer.remove();
      }
      // Kiosk text is 1.25× the patient's size, as 20 px is of the usual 16 px.
      const kioskList = await fixture<Lit>(html`<red-flag-list kiosk></red-flag-list>`);
      expect(getComputedStyle(shadow(kioskList, 'li')).fontSize).to.equal('40px');
      const kiosk = await fixture<Lit>(html`<spasm-kiosk></spasm-kiosk>`);
      expect(parseFloat(getComputedStyle(kiosk).fontSize)).to.equal(40);
    } finally {
      await executeServerCommand('font-size', { px: 16 });
      remove();
    }
  });

  it('at the default size, text is 16 px (the browser default) and not shrunk by the page', async () => {
    const remove = pageStyle('html { font-size: 62.5% !important; } body { font-size: 1rem; }');
    try {
      const triage = await fixture<SpasmTriage>(html`<spasm-triage></spasm-triage>`);
      expect(getComputedStyle(shadow(triage, 'p')).fontSize).to.equal('16px');
    } finally {
      remove();
    }
  });

  describe('on a 320 px screen at 200% text', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it("the timer's and the stretch's countdowns never wrap and stay inside their panels", async () => {
      await setViewport({ width: 320, height: 640 });
      const timer = await timerRunning('--spasm-font-size: 32px');
      try {
        const time = shadow(timer, '[part=time]');
        expect(textOf(time)).to.equal('15:00');
        expect(lines(time), 'timer m:ss on one line').to.equal(1);
        const dial = shadow(timer, '[part=dial]').getBoundingClientRect();
        const t = time.getBoundingClientRect();
        expect(t.left).to.be.at.least(dial.left);
        expect(t.right).to.be.at.most(dial.right);
        expect(t.right).to.be.at.most(320);
      } finally {
        timer.remove();
      }
      const routine = await fixture<StretchRoutine>(html`<stretch-routine style="--spasm-font-size: 32px" hold-seconds="30"></stretch-routine>`);
      routine.clock = new FakeClock();
      routine.sound = new FakeSound();
      await press(routine, 'Start the stretches');
      const time = shadow(routine, '[part=time]');
      expect(textOf(time)).to.match(/^\d+:\d\d$/);
      expect(lines(time), 'stretch m:ss on one line').to.equal(1);
      expect(time.getBoundingClientRect().right).to.be.at.most(shadow(routine, '[part=timer]').getBoundingClientRect().right);
    });

    it('a long clinic name wraps inside its "Call" button, on screen', async () => {
      await setViewport({ width: 320, height: 640 });
      const name = 'Saint Bartholomew and All Souls Community Musculoskeletal and Family Health Centre';
      const triage = await fixture<SpasmTriage>(
        html`<spasm-triage style="--spasm-font-size: 32px" clinic-phone="555-0100" clinic-name=${name} booking-url="/book"></spasm-triage>`,
      );
      await press(triage, 'Start');
      for (const tap of ['None of these', '20 to 50', 'No']) await press(triage, tap);
      shadow<HTMLInputElement>(triage, 'input[name="fever"]').click();
      await press(triage, 'Next');
      for (const tap of ['None of these', 'Low in my back', 'It came on without any of these', 'None of these']) await press(triage, tap);
      expect(triage.getAttribute('disposition')).to.equal('urgent');
      const call = shadow(triage, '[part=call-clinic]');
      expect(textOf(call)).to.contain(name);
      expect(lines(call), 'the name wraps').to.be.above(1);
      expect(call.getBoundingClientRect().right).to.be.at.most(320);
      expect(call.scrollWidth, 'the words fit inside the button').to.be.at.most(call.clientWidth);
      expect(triage.scrollWidth, 'no sideways scrolling').to.be.at.most(triage.clientWidth);
    });
  });
});
