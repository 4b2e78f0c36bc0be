import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { StretchRoutine } from '../../../src/elements/stretch-routine/stretch-routine.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { press, shadow } from '../../helpers.js';
import { click, kiosk, openWidget } from '../spasm-kiosk/kiosk-helpers.js';

/** The element a tap at (x, y) lands on, looking inside open shadow roots. */
function hit(x: number, y: number): Element | null {
  let e = document.elementFromPoint(x, y);
  while (e?.shadowRoot) {
    const inner = e.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === e) break;
    e = inner;
  }
  return e;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** "Stop: this hurts" is wholly inside the viewport, below `top`, and a tap on it reaches it. */
function expectOnScreen(routine: Element, top: number, where: string, stuck: boolean) {
  const stop = shadow(routine, '[part=stop-button]');
  const r = stop.getBoundingClientRect();
  expect(r.top, `${where}: top`).to.be.at.least(top - 0.5);
  expect(r.bottom, `${where}: bottom`).to.be.at.most(innerHeight + 0.5);
  expect(r.left, `${where}: left`).to.be.at.least(-0.5);
  expect(r.right, `${where}: right`).to.be.at.most(innerWidth + 0.5);
  const landed = hit(r.left + r.width / 2, r.top + r.height / 2);
  expect(landed === stop || stop.contains(landed), `${where}: not covered (hit ${landed?.localName}.${landed?.className})`).to.equal(true);
  // At the top of a stretch taller than the screen the bar is stuck to the bottom: nothing of the stretch shows below the bar.
  const bar = shadow(routine, '[part=stop-bar]');
  if (stuck) {
    const under = hit(r.left + r.width / 2, innerHeight - 2);
    expect(under === bar || bar.contains(under), `${where}: below the bar (hit ${under?.localName}.${under?.className})`).to.equal(true);
  }
}

/** Each scroll position a patient might be at while reading a stretch. */
async function eachScroll(scroller: Element, check: (where: string, stuck: boolean) => void) {
  for (const [name, at] of [['top', 0], ['middle', 0.5], ['bottom', 1]] as const) {
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * at;
    await frame();
    check(`scrolled to the ${name}`, at === 0);
  }
}

describe('"Stop: this hurts" stays on screen while a stretch is shown', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    it(`inside the kiosk at ${width}×${height}, idle and running, at any scroll`, async () => {
      await setViewport({ width, height });
      const { el } = await kiosk();
      const routine = (await openWidget(el, 'Gentle stretches', 'stretch-routine')) as StretchRoutine;
      routine.clock = new FakeClock();
      routine.sound = new FakeSound();
      await press(routine, 'Start the stretches');
      const main = shadow(el, 'main');
      const top = shadow(el, 'header').getBoundingClientRect().bottom;
      expect(main.scrollHeight, 'the stretch is taller than the screen').to.be.greaterThan(main.clientHeight);
      await eachScroll(main, (where, stuck) => expectOnScreen(routine, top, `idle, ${where}`, stuck));
      await press(routine, 'Start');
      await eachScroll(main, (where, stuck) => expectOnScreen(routine, top, `running, ${where}`, stuck));
      await press(routine, 'Skip');
      await eachScroll(main, (where, stuck) => expectOnScreen(routine, top, `next stretch, ${where}`, stuck));
      await click(el, 'Home');
    });
  }

  it('on a 375×667 phone page, at any scroll', async () => {
    await setViewport({ width: 375, height: 667 });
    const routine = await fixture<StretchRoutine>(html`<stretch-routine></stretch-routine>`);
    routine.clock = new FakeClock();
    routine.sound = new FakeSound();
    await press(routine, 'Start the stretches');
    const page = document.scrollingElement!;
    expect(page.scrollHeight).to.be.greaterThan(page.clientHeight);
    try {
      await eachScroll(page, (where, stuck) => expectOnScreen(routine, 0, where, stuck));
      await press(routine, 'Start');
      await eachScroll(page, (where, stuck) => expectOnScreen(routine, 0, `running, ${where}`, stuck));
    } finally {
      page.scrollTop = 0;
    }
  });
});
