import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/stretch-routine/stretch-routine.js';
import type { StretchRoutine } from '../../../src/elements/stretch-routine/stretch-routine.js';
import { setLocale } from '../../../src/core/localization.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';

const ALL = ['knee-to-chest', 'cat-cow', 'child-pose', 'supine-rotation', 'prone-press-up'];
const NAMES = ['Knee to chest', 'Cat-cow', "Child's pose", 'Knee rolls', 'Press-up on your stomach'];
const S = 1000;

interface Rig {
  el: StretchRoutine;
  clock: FakeClock;
  sound: FakeSound;
}

async function rig(template = html`<stretch-routine></stretch-routine>`): Promise<Rig> {
  const clock = new FakeClock();
  const sound = new FakeSound();
  // fixture() on the element itself: on a plain wrapper it would wait for an
  // animation frame, which never comes in a background test tab.
  const el = await fixture<StretchRoutine>(template);
  el.clock = clock;
  el.sound = sound;
  el.requestUpdate();
  await el.updateComplete;
  return { el, clock, sound };
}

const button = (el: Element, label: string): HTMLButtonElement => {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === label);
  if (!found) throw new Error(`no "${label}" button; have ${shadowAll(el, 'button').map((b) => textOf(b)).join(', ')}`);
  return found;
};

async function press({ el }: Rig, label: string) {
  button(el, label).click();
  await el.updateComplete;
}

async function advance({ el, clock }: Rig, ms: number) {
  clock.advance(ms);
  el.requestUpdate();
  await el.updateComplete;
}

const heading = (el: Element) => textOf(shadow(el, '.heading'));
const time = (el: Element) => textOf(shadow(el, '[part=time]'));
const cue = (el: Element) => textOf(shadow(el, '.cue'));
const said = (el: Element) => textOf(shadow(el, '[aria-live=polite]'));
const pictureLabel = (el: Element) => shadow(el, 'svg[role=img]').getAttribute('aria-label') ?? '';
const focused = (el: Element) => el.shadowRoot!.activeElement;
const allText = (el: Element) => [...el.shadowRoot!.children].map((c) => textOf(c)).join(' ');

describe('<stretch-routine>', () => {
  describe('at the start', () => {
    it('shows the first stretch: name, picture, steps, how long, and every control', async () => {
      const { el } = await rig();
      expect(textOf(shadow(el, '[part=count]'))).to.equal('Stretch 1 of 5');
      expect(heading(el)).to.equal('Knee to chest');
      expect(pictureLabel(el)).to.contain('left knee');
      expect(shadowAll(el, '[part=steps] li')).to.have.length(4);
      expect(cue(el)).to.contain('Hold 30 seconds for each leg.');
      expect(time(el)).to.equal('1:00');
      expect(button(el, 'Start').className).to.contain('primary');
      expect(button(el, 'Previous').disabled).to.equal(true);
      expect(button(el, 'Skip').disabled).to.equal(false);
      expect(button(el, 'Stop: this hurts')).to.be.ok;
      expect(button(el, 'End the routine')).to.be.ok;
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.getAttribute('stretch')).to.equal('knee-to-chest');
      expect(shadow(el, '[aria-live]').getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('fits a 320 px wide screen without sideways scrolling', async () => {
      const { el } = await rig(html`<stretch-routine class="narrow"></stretch-routine>`);
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      const pic = shadow(el, 'svg[role=img]').getBoundingClientRect();
      expect(pic.width).to.be.at.least(280);
    });

    it('gives every control a 44 px target', async () => {
      const { el } = await rig();
      for (const b of shadowAll(el, 'button')) expect(b.getBoundingClientRect().height, textOf(b)).to.be.at.least(44);
    });
  });

  describe('a whole routine with a fake clock', () => {
    it('times every hold, chimes and says each change, and ends with a summary', async () => {
      const r = await rig();
      const { el, sound } = r;
      const complete = recordEvents<{ completed: string[] }>(el, 'spasm-routine-complete');

      // Knee to chest: left, then right.
      await press(r, 'Start');
      expect(el.getAttribute('state')).to.equal('running');
      expect(cue(el)).to.equal('Left leg: hold');
      expect(time(el)).to.equal('0:30');
      expect(said(el)).to.equal('Left leg: hold, 30 seconds.');
      expect(sound.unlocked).to.equal(1);
      expect(sound.pending).to.deep.equal([
        { delayMs: 30 * S, kind: 'soft', cancelled: false },
        { delayMs: 60 * S, kind: 'soft', cancelled: false },
      ]);
      await expect(el).to.be.accessible();
      await advance(r, 12 * S);
      expect(time(el)).to.equal('0:18');
      expect(said(el), 'not every second').to.equal('Left leg: hold, 30 seconds.');
      await advance(r, 18 * S - 1);
      expect(time(el)).to.equal('0:01');
      await advance(r, 1);
      expect(cue(el)).to.equal('Right leg: hold');
      expect(time(el)).to.equal('0:30');
      expect(pictureLabel(el)).to.contain('right knee');
      expect(said(el)).to.equal('Right leg: hold, 30 seconds.');
      await advance(r, 30 * S);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.getAttribute('stretch')).to.equal('cat-cow');
      expect(said(el)).to.equal('Knee to chest done. Next: Cat-cow. Press Start when you are ready.');
      expect(focused(el)).to.equal(shadow(el, '.heading'));
      expect(el.completed).to.deep.equal(['knee-to-chest']);

      // Cat-cow: a breathing pacer.
      expect(textOf(shadow(el, '[part=count]'))).to.equal('Stretch 2 of 5');
      expect(cue(el)).to.contain('5 slow breaths.');
      expect(time(el)).to.equal('0:50');
      const booked = sound.scheduled.length;
      await press(r, 'Start');
      expect(cue(el)).to.equal('Breathe in, back sinks down 1 of 5');
      expect(pictureLabel(el)).to.contain('sinking down');
      expect(sound.scheduled.slice(booked).map((c) => c.delayMs / S)).to.deep.equal([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
      await advance(r, 5 * S);
      expect(cue(el)).to.equal('Breathe out, back rounds up 1 of 5');
      expect(pictureLabel(el)).to.contain('rounded up');
      expect(said(el)).to.equal('Breathe out, back rounds up.');
      await advance(r, 5 * S);
      expect(cue(el)).to.contain('2 of 5');
      expect(said(el)).to.equal('Breathe in, back sinks down.');
      await expect(el).to.be.accessible();
      await advance(r, 40 * S);
      expect(heading(el)).to.equal("Child's pose");
      expect(focused(el)).to.equal(shadow(el, '.heading'));

      // Child's pose: one hold.
      expect(cue(el)).to.contain('Hold 45 seconds.');
      await press(r, 'Start');
      expect(said(el)).to.equal('Hold, 45 seconds.');
      expect(time(el)).to.equal('0:45');
      await advance(r, 45 * S);

      // Knee rolls: one side, then the other.
      expect(heading(el)).to.equal('Knee rolls');
      expect(cue(el)).to.contain('5 times to each side.');
      await press(r, 'Start');
      expect(cue(el)).to.contain('Knees to one side');
      const oneSide = pictureLabel(el);
      await advance(r, 6 * S);
      expect(cue(el)).to.contain('Knees to the other side');
      expect(pictureLabel(el)).to.contain('other side').and.not.equal(oneSide);
      await advance(r, 54 * S);

      // Press-up: with its caution.
      expect(heading(el)).to.equal('Press-up on your stomach');
      expect(textOf(shadow(el, '[part=caution]'))).to.equal('Skip this one if lying on your stomach hurts.');
      await press(r, 'Start');
      expect(cue(el)).to.contain('Push up slowly');
      await advance(r, 5 * S);
      expect(cue(el)).to.contain('Lower down slowly');
      expect(pictureLabel(el)).to.contain('hands on the floor');
      expect(complete).to.deep.equal([]);
      await advance(r, 45 * S);

      // The end.
      expect(el.getAttribute('state')).to.equal('done');
      expect(el.hasAttribute('stretch')).to.equal(false);
      expect(complete).to.deep.equal([{ completed: ALL }]);
      expect(heading(el)).to.equal('All done');
      expect(focused(el)).to.equal(shadow(el, '.heading'));
      expect(said(el)).to.equal('Press-up on your stomach done. That was the last stretch.');
      expect(textOf(el.shadowRoot!.querySelector('p')!)).to.equal('You did 5 of 5 stretches.');
      expect(shadowAll(el, '[part=summary] li').map((li) => textOf(li))).to.deep.equal(NAMES.map((n) => `${n}: done`));
      expect(allText(el)).to.contain('again later if they help');
      expect(allText(el)).to.contain('not a diagnosis');
      expect(el.shadowRoot!.querySelector('[part=stop-button]')).to.equal(null);
      const signs = shadow<HTMLDetailsElement>(el, 'details');
      expect(textOf(shadow(el, 'details summary'))).to.equal('When to get emergency help');
      shadow(el, 'details summary').click();
      expect(signs.open).to.equal(true);
      expect(signs.querySelectorAll('[part=signs] li')).to.have.length(9);
      expect(textOf(signs.querySelector('.cta')!)).to.contain('call 911');
      await expect(el).to.be.accessible();

      await press(r, 'Start again');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(heading(el)).to.equal('Knee to chest');
      expect(el.completed).to.deep.equal([]);
    });

    it('the bar fills as the hold runs, and empties as the patient breathes out', async () => {
      const r = await rig(html`<stretch-routine stretches="cat-cow"></stretch-routine>`);
      const fill = () => Number(shadow(r.el, 'rect.fill').getAttribute('width'));
      expect(fill()).to.equal(0);
      await press(r, 'Start');
      await advance(r, 2500);
      expect(fill()).to.equal(50);
      await advance(r, 2500 + 1000);
      expect(fill()).to.equal(80);
    });

    it('repaints by itself while a hold runs, and stops repainting when paused', async () => {
      // Catch the ticker's interval rather than wait for it in real time.
      const realSet = window.setInterval;
      const realClear = window.clearInterval;
      const ticks = new Map<number, () => void>();
      let id = 0;
      window.setInterval = ((fn: () => void) => (ticks.set(++id, fn), id)) as typeof setInterval;
      window.clearInterval = ((n: number) => void ticks.delete(n)) as typeof clearInterval;
      try {
        const r = await rig();
        expect(ticks.size).to.equal(0);
        await press(r, 'Start');
        expect(ticks.size).to.equal(1);
        r.clock.advance(3 * S);
        [...ticks.values()][0]!();
        await r.el.updateComplete;
        expect(time(r.el)).to.equal('0:27');
        await press(r, 'Pause');
        expect(ticks.size).to.equal(0);
      } finally {
        window.setInterval = realSet;
        window.clearInterval = realClear;
      }
    });
  });

  describe('pause', () => {
    it('freezes the time, cancels the chimes, and books them again on resume', async () => {
      const r = await rig();
      const { el, sound } = r;
      await press(r, 'Start');
      await advance(r, 5 * S);
      await press(r, 'Pause');
      expect(el.getAttribute('state')).to.equal('paused');
      expect(said(el)).to.equal('Paused.');
      expect(sound.pending).to.deep.equal([]);
      expect(time(el)).to.equal('0:25');
      await advance(r, 60 * S);
      expect(time(el)).to.equal('0:25');
      await expect(el).to.be.accessible();
      await press(r, 'Resume');
      expect(el.getAttribute('state')).to.equal('running');
      expect(said(el)).to.equal('Left leg: hold, 25 seconds.');
      expect(sound.pending.map((c) => c.delayMs)).to.deep.equal([25 * S, 55 * S]);
      expect(sound.unlocked).to.equal(2);
      await advance(r, 25 * S);
      expect(cue(el)).to.equal('Right leg: hold');
    });
  });

  describe('muted', () => {
    it('books no chime, and shows the next instruction all the same', async () => {
      const r = await rig(html`<stretch-routine muted></stretch-routine>`);
      await press(r, 'Start');
      expect(r.sound.scheduled).to.deep.equal([]);
      await advance(r, 30 * S);
      expect(cue(r.el)).to.equal('Right leg: hold');
    });

    it('muting while a hold runs cancels its chimes; unmuting books them again', async () => {
      const r = await rig();
      await press(r, 'Start');
      r.el.muted = true;
      await r.el.updateComplete;
      expect(r.sound.pending).to.deep.equal([]);
      r.el.muted = false;
      await r.el.updateComplete;
      expect(r.sound.pending.map((c) => c.delayMs)).to.deep.equal([30 * S, 60 * S]);
    });
  });

  describe('Skip and Previous', () => {
    it('Skip goes to the next stretch without counting this one, and moves focus to its heading', async () => {
      const r = await rig();
      await press(r, 'Start');
      await advance(r, 5 * S);
      await press(r, 'Skip');
      expect(heading(r.el)).to.equal('Cat-cow');
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(r.el.completed).to.deep.equal([]);
      expect(r.sound.pending).to.deep.equal([]);
      expect(focused(r.el)).to.equal(shadow(r.el, '.heading'));
      expect(button(r.el, 'Previous').disabled).to.equal(false);
    });

    it('Previous goes back one stretch, waiting for Start', async () => {
      const r = await rig();
      await press(r, 'Skip');
      await press(r, 'Skip');
      await press(r, 'Start');
      await press(r, 'Previous');
      expect(heading(r.el)).to.equal('Cat-cow');
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(r.sound.pending).to.deep.equal([]);
      expect(focused(r.el)).to.equal(shadow(r.el, '.heading'));
    });

    it('skipping past the last stretch completes the routine with what was done', async () => {
      const r = await rig(html`<stretch-routine stretches="child-pose,cat-cow"></stretch-routine>`);
      const complete = recordEvents(r.el, 'spasm-routine-complete');
      await press(r, 'Start');
      await advance(r, 45 * S);
      await press(r, 'Skip');
      expect(complete).to.deep.equal([{ completed: ['child-pose'] }]);
      expect(shadowAll(r.el, '[part=summary] li').map((li) => textOf(li))).to.deep.equal([
        "Child's pose: done",
        'Cat-cow: not done',
      ]);
    });

    it('a press in the instant a stretch ended does not also act on the next one', async () => {
      const r = await rig();
      await press(r, 'Start');
      r.clock.advance(60 * S);
      button(r.el, 'Pause').click();
      await r.el.updateComplete;
      expect(heading(r.el)).to.equal('Cat-cow');
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(r.el.completed).to.deep.equal(['knee-to-chest']);
    });
  });

  describe('Stop: this hurts', () => {
    for (let index = 0; index < ALL.length; index++) {
      for (const state of ['idle', 'running', 'paused'] as const) {
        it(`from ${NAMES[index]} (${state}): ends the routine and says what to do`, async () => {
          const r = await rig();
          const { el, sound } = r;
          const stops = recordEvents(el, 'spasm-routine-stop');
          const complete = recordEvents(el, 'spasm-routine-complete');
          for (let i = 0; i < index; i++) await press(r, 'Skip');
          if (state !== 'idle') {
            await press(r, 'Start');
            await advance(r, 3 * S);
          }
          if (state === 'paused') await press(r, 'Pause');
          expect(el.getAttribute('stretch')).to.equal(ALL[index]);
          await press(r, 'Stop: this hurts');
          expect(el.getAttribute('state')).to.equal('stopped');
          expect(el.hasAttribute('stretch')).to.equal(false);
          expect(stops).to.deep.equal([{ completed: [], reason: 'pain' }]);
          expect(complete).to.deep.equal([]);
          expect(sound.pending).to.deep.equal([]);
          expect(heading(el)).to.equal('Stop stretching for now');
          expect(focused(el)).to.equal(shadow(el, '.heading'));
          const advice = textOf(shadow(el, '[part=advice]'));
          expect(advice).to.contain('Rest in a position that feels comfortable');
          expect(advice).to.contain('Ice or heat');
          expect(shadowAll(el, '[part=signs] li')).to.have.length(9);
          expect(textOf(shadow(el, '.cta'))).to.contain('call 911');
          expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:911');
          expect(el.shadowRoot!.querySelector('[part=stop-button]')).to.equal(null);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('reports the stretches already done, and Back to the start begins again', async () => {
      const r = await rig();
      const stops = recordEvents(r.el, 'spasm-routine-stop');
      await press(r, 'Start');
      await advance(r, 60 * S);
      await press(r, 'Start');
      await press(r, 'Stop: this hurts');
      expect(stops).to.deep.equal([{ completed: ['knee-to-chest'], reason: 'pain' }]);
      await press(r, 'Back to the start');
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(heading(r.el)).to.equal('Knee to chest');
      expect(focused(r.el)).to.equal(shadow(r.el, '.heading'));
    });

    it('uses the emergency number it is given', async () => {
      const r = await rig(html`<stretch-routine emergency-number="112"></stretch-routine>`);
      await press(r, 'Stop: this hurts');
      expect(shadow(r.el, 'a.call').getAttribute('href')).to.equal('tel:112');
    });
  });

  describe('End the routine', () => {
    it('stops with reason "user" and shows what was done', async () => {
      const r = await rig();
      const stops = recordEvents(r.el, 'spasm-routine-stop');
      await press(r, 'Start');
      await advance(r, 60 * S);
      await press(r, 'End the routine');
      expect(stops).to.deep.equal([{ completed: ['knee-to-chest'], reason: 'user' }]);
      expect(r.el.getAttribute('state')).to.equal('stopped');
      expect(heading(r.el)).to.equal('Routine ended');
      expect(textOf(shadow(r.el, '[part=summary]'))).to.contain('Knee to chest: done').and.contain('Cat-cow: not done');
      await expect(r.el).to.be.accessible();
    });
  });

  describe('reset()', () => {
    it('returns to the first stretch, cancels the chimes and fires nothing', async () => {
      const r = await rig();
      const events = [...recordEvents(r.el, 'spasm-routine-stop'), ...recordEvents(r.el, 'spasm-routine-complete')];
      await press(r, 'Skip');
      await press(r, 'Start');
      await advance(r, 2 * S);
      r.el.reset();
      await r.el.updateComplete;
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(heading(r.el)).to.equal('Knee to chest');
      expect(r.sound.pending).to.deep.equal([]);
      expect(said(r.el)).to.equal('');
      expect(events).to.deep.equal([]);
    });

    it('works from the pain screen', async () => {
      const r = await rig();
      await press(r, 'Stop: this hurts');
      r.el.reset();
      await r.el.updateComplete;
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(r.el.getAttribute('stretch')).to.equal('knee-to-chest');
    });

    it('removing the element cancels its chimes', async () => {
      const r = await rig();
      await press(r, 'Start');
      r.el.remove();
      expect(r.sound.pending).to.deep.equal([]);
    });
  });

  describe('pictures', () => {
    it('every stretch and every phase has a drawing with a text alternative (and each stretch passes axe)', async () => {
      const r = await rig(html`<stretch-routine reps="3"></stretch-routine>`);
      const labels = new Set<string>();
      const check = () => {
        const svgs = shadowAll(r.el, 'svg[role=img]');
        expect(svgs).to.have.length(1);
        const svg = svgs[0]!;
        expect(svg.getAttribute('aria-label')).to.match(/^Drawing/);
        expect(svg.querySelector('circle.head'), 'a head').to.be.ok;
        expect(svg.querySelector('.floor, .mat'), 'a floor').to.be.ok;
        expect(svg.querySelector('.arrow'), 'an arrow').to.be.ok;
        labels.add(svg.getAttribute('aria-label')!);
      };
      for (let i = 0; i < ALL.length; i++) {
        check();
        expect(r.el.getAttribute('stretch')).to.equal(ALL[i]);
        await expect(r.el).to.be.accessible();
        await press(r, 'Start');
        const step = r.el.getAttribute('stretch');
        while (r.el.getAttribute('stretch') === step && r.el.getAttribute('state') === 'running') {
          check();
          await advance(r, 5 * S);
        }
      }
      // Overviews, both knees, cat and cow, both sides of the roll, up and down.
      expect(labels.size).to.equal(10);
    });
  });

  describe('attributes', () => {
    it('stretches: only those, in that order', async () => {
      const r = await rig(html`<stretch-routine stretches="child-pose, knee-to-chest"></stretch-routine>`);
      expect(textOf(shadow(r.el, '[part=count]'))).to.equal('Stretch 1 of 2');
      expect(heading(r.el)).to.equal("Child's pose");
      await press(r, 'Skip');
      expect(heading(r.el)).to.equal('Knee to chest');
    });

    it('stretches: unknown ids are skipped with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const r = await rig(html`<stretch-routine stretches="plank,cat-cow"></stretch-routine>`);
        await press(r, 'Start');
        await advance(r, S);
        expect(textOf(shadow(r.el, '[part=count]'))).to.equal('Stretch 1 of 1');
        expect(heading(r.el)).to.equal('Cat-cow');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<stretch-routine> stretches="plank,cat-cow"').and.contain('"cat-cow"');
      } finally {
        warnings.restore();
      }
    });

    it('stretches: nothing known means all five, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const r = await rig(html`<stretch-routine stretches="plank"></stretch-routine>`);
        expect(textOf(shadow(r.el, '[part=count]'))).to.equal('Stretch 1 of 5');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('hold-seconds sets every hold, and leaves the paced stretches alone', async () => {
      const r = await rig(html`<stretch-routine hold-seconds="20"></stretch-routine>`);
      expect(cue(r.el)).to.contain('Hold 20 seconds for each leg.');
      expect(time(r.el)).to.equal('0:40');
      await press(r, 'Skip');
      expect(time(r.el)).to.equal('0:50');
      await press(r, 'Skip');
      expect(cue(r.el)).to.contain('Hold 20 seconds.');
    });

    for (const [raw, used, shown] of [
      ['5', 10, '0:20'],
      ['99', 60, '2:00'],
      ['abc', null, '1:00'],
    ] as const) {
      it(`hold-seconds="${raw}" uses ${used ?? 'the defaults'}, with one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const r = await rig(html`<stretch-routine hold-seconds=${raw}></stretch-routine>`);
          r.el.requestUpdate();
          await r.el.updateComplete;
          expect(time(r.el)).to.equal(shown);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`hold-seconds="${raw}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('reps sets the count of the paced stretches', async () => {
      const r = await rig(html`<stretch-routine reps="8" stretches="cat-cow,supine-rotation,prone-press-up,child-pose"></stretch-routine>`);
      expect(cue(r.el)).to.contain('8 slow breaths.');
      expect(time(r.el)).to.equal('1:20');
      await press(r, 'Skip');
      expect(cue(r.el)).to.contain('8 times to each side.');
      await press(r, 'Skip');
      expect(cue(r.el)).to.contain('8 times, slowly.');
      await press(r, 'Skip');
      expect(time(r.el)).to.equal('0:45');
    });

    for (const [raw, shown] of [
      ['2', '3 slow breaths.'],
      ['40', '15 slow breaths.'],
    ] as const) {
      it(`reps="${raw}" is clamped to 3–15 with one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const r = await rig(html`<stretch-routine stretches="cat-cow" reps=${raw}></stretch-routine>`);
          expect(cue(r.el)).to.contain(shown);
          expect(warnings.messages).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('changing the stretches later starts the routine again with them', async () => {
      const r = await rig();
      await press(r, 'Start');
      r.el.setAttribute('stretches', 'prone-press-up');
      await r.el.updateComplete;
      expect(heading(r.el)).to.equal('Press-up on your stomach');
      expect(r.el.getAttribute('state')).to.equal('idle');
      expect(r.sound.pending).to.deep.equal([]);
    });
  });

  describe('kiosk', () => {
    it('the pain screen sends the patient to the front desk, with no tel: link', async () => {
      const r = await rig(html`<stretch-routine kiosk></stretch-routine>`);
      await press(r, 'Stop: this hurts');
      expect(r.el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(textOf(shadow(r.el, '.cta-text'))).to.equal('Tell the front desk now, or call 911.');
      await expect(r.el).to.be.accessible();
    });

    it('makes every control at least 48 px tall', async () => {
      const r = await rig(html`<stretch-routine kiosk></stretch-routine>`);
      for (const b of shadowAll(r.el, 'button')) expect(b.getBoundingClientRect().height, textOf(b)).to.be.at.least(48);
    });
  });

  describe('in Spanish', () => {
    afterEach(() => setLocale('en'));

    it('names the stretches and the seconds in Spanish', async () => {
      await setLocale('es');
      const r = await rig();
      expect(heading(r.el)).to.equal('Rodilla al pecho');
      expect(cue(r.el)).to.contain('30 segundos');
    });
  });
});
