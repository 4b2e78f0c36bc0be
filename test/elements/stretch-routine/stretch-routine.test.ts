import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/elements/stretch-routine/stretch-routine.js';
import type { StretchRoutine } from '../../../src/elements/stretch-routine/stretch-routine.js';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/core/localization.js';
import { EMERGENCY_SIGNS, URGENT_SIGNS } from '../../../src/content/red-flags.js';
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

/** A routine with a fake clock and sound, past the start screen unless `intro` is set. */
async function rig(template = html`<stretch-routine></stretch-routine>`, { intro = false } = {}): Promise<Rig> {
  const clock = new FakeClock();
  const sound = new FakeSound();
  // fixture() on the element itself: on a plain wrapper it would wait for an
  // animation frame, which never comes in a background test tab.
  const el = await fixture<StretchRoutine>(template);
  el.clock = clock;
  el.sound = sound;
  el.requestUpdate();
  await el.updateComplete;
  if (!intro) {
    shadow(el, '[part=begin-button]').click();
    await el.updateComplete;
  }
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
const allText = (el: Element) => [...el.shadowRoot!.children].filter((c) => c instanceof HTMLElement).map((c) => textOf(c)).join(' ');

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

  describe('the start screen', () => {
    it('comes first: warning signs, who should ask first, the floor, "I am pregnant", then Start', async () => {
      const r = await rig(undefined, { intro: true });
      const { el } = r;
      const events = [...recordEvents(el, 'spasm-routine-stop'), ...recordEvents(el, 'spasm-routine-complete')];
      expect(el.getAttribute('state')).to.equal('intro');
      expect(el.hasAttribute('stretch')).to.equal(false);
      expect(heading(el)).to.equal('Before you start');
      expect(el.shadowRoot!.querySelector('[part=stop-button]')).to.equal(null);
      expect(textOf(shadow(el, '[part=intro-signs]'))).to.equal(
        'Do not stretch if you have any of the warning signs below: get medical help first.',
      );
      const details = shadow<HTMLDetailsElement>(el, 'details[part=warning-signs]');
      expect(textOf(details.querySelector('summary')!)).to.equal('Warning signs');
      details.open = true;
      expect(shadowAll(el, '[part=signs] li').map(textOf)).to.deep.equal(EMERGENCY_SIGNS.map((x) => x.text()));
      expect(shadowAll(el, '[part=urgent-signs] li').map(textOf)).to.deep.equal(URGENT_SIGNS.map((x) => x.text()));
      expect(textOf(shadow(el, '.cta-text'))).to.contain('call 911');
      expect(textOf(shadow(el, '[part=urgent-cta]'))).to.contain('urgent');
      expect(allText(el)).to.contain('Ask a doctor, nurse or physiotherapist before you start if you:');
      expect(shadowAll(el, '[part=ask-first] li').map(textOf)).to.deep.equal([
        'have had surgery on your back, hip or knee recently',
        'have, or might have, a broken bone in your spine',
        'have osteoporosis (thin bones): some of these stretches bend forward',
      ]);
      expect(textOf(shadow(el, '[part=floor]'))).to.equal(
        'If getting down to the floor and up again is hard, use a bed, or a mat beside a sturdy chair to hold on to.',
      );
      expect(textOf(shadow(el, 'label.pregnant'))).to.equal('I am pregnant');
      await expect(el).to.be.accessible();
      details.open = false;

      const begin = shadow(el, '[part=begin-button]');
      expect(textOf(begin)).to.equal('Start the stretches');
      begin.click();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.getAttribute('stretch')).to.equal('knee-to-chest');
      expect(heading(el)).to.equal('Knee to chest');
      expect(focused(el)).to.equal(shadow(el, '.heading'));
      expect(events).to.deep.equal([]);
    });

    it('works by keyboard alone: Tab to the checkbox and Start, Space and Enter', async () => {
      const r = await rig(undefined, { intro: true });
      const box = shadow<HTMLInputElement>(r.el, 'label.pregnant input');
      box.focus();
      await sendKeys({ press: 'Space' });
      await r.el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(textOf(shadow(r.el, '[part=pregnant-note]'))).to.contain('we leave out the press-up');
      await sendKeys({ press: 'Tab' });
      expect(focused(r.el)).to.equal(shadow(r.el, '[part=begin-button]'));
      await sendKeys({ press: 'Enter' });
      await r.el.updateComplete;
      expect(textOf(shadow(r.el, '[part=count]'))).to.equal('Stretch 1 of 4');
    });

    it('in kiosk mode: no tel: link, front-desk wording, 48 px targets', async () => {
      const r = await rig(html`<stretch-routine kiosk></stretch-routine>`, { intro: true });
      shadow<HTMLDetailsElement>(r.el, 'details').open = true;
      expect(r.el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(textOf(shadow(r.el, '.cta-text'))).to.equal('Tell the front desk now, or call 911.');
      for (const t of shadowAll(r.el, 'button, label.pregnant, summary')) expect(t.getBoundingClientRect().height, textOf(t)).to.be.at.least(48);
      await expect(r.el).to.be.accessible();
    });
  });

  describe('pregnant', () => {
    const walk = async (r: Rig) => {
      const { el } = r;
      expect(textOf(shadow(el, '[part=count]'))).to.equal('Stretch 1 of 4');
      expect(cue(el)).to.contain('Hold 20 seconds for each leg.');
      expect(time(el)).to.equal('0:40');
      expect(allText(el)).to.contain('After about 16 weeks, do not lie flat on your back for long.');
      await press(r, 'Skip');
      expect(heading(el)).to.equal('Cat-cow');
      expect(allText(el)).not.to.contain('16 weeks');
      await press(r, 'Skip');
      await press(r, 'Skip');
      expect(heading(el)).to.equal('Knee rolls');
      expect(cue(el)).to.contain('3 times to each side.');
      expect(allText(el)).to.contain('16 weeks');
      await expect(el).to.be.accessible();
      await press(r, 'Skip');
      expect(el.getAttribute('state')).to.equal('done');
      expect(shadowAll(el, '[part=summary] li')).to.have.length(4);
    };

    it('"I am pregnant" on the start screen: no press-up, and shorter time on the back', async () => {
      const r = await rig(undefined, { intro: true });
      shadow<HTMLInputElement>(r.el, 'label.pregnant input').click();
      await r.el.updateComplete;
      expect(textOf(shadow(r.el, '[part=pregnant-note]'))).to.equal(
        'Pregnant: we leave out the press-up on your stomach and keep the stretches on your back short. After about 16 weeks, do not lie flat on your back for long.',
      );
      await expect(r.el).to.be.accessible();
      await press(r, 'Start the stretches');
      await walk(r);
      // Start again keeps what the patient said; reset() forgets it.
      await press(r, 'Start again');
      expect(shadow<HTMLInputElement>(r.el, 'label.pregnant input').checked).to.equal(true);
      r.el.reset();
      await r.el.updateComplete;
      expect(shadow<HTMLInputElement>(r.el, 'label.pregnant input').checked).to.equal(false);
      await press(r, 'Start the stretches');
      expect(textOf(shadow(r.el, '[part=count]'))).to.equal('Stretch 1 of 5');
    });

    it('the pregnant attribute does the same without asking', async () => {
      const r = await rig(html`<stretch-routine pregnant></stretch-routine>`, { intro: true });
      expect(r.el.shadowRoot!.querySelector('label.pregnant')).to.equal(null);
      expect(textOf(shadow(r.el, '[part=pregnant-note]'))).to.contain('we leave out the press-up');
      await press(r, 'Start the stretches');
      await walk(r);
    });

    it('with no press-up in the list, says only that time on the back is short', async () => {
      const r = await rig(html`<stretch-routine pregnant stretches="knee-to-chest,cat-cow"></stretch-routine>`, { intro: true });
      expect(textOf(shadow(r.el, '[part=pregnant-note]'))).to.equal(
        'Pregnant: we keep the stretches on your back short. After about 16 weeks, do not lie flat on your back for long.',
      );
    });
  });

  describe('stopping when pain spreads', () => {
    it('"Stop if pain, tingling or numbness spreads down a leg" is beside "Stop: this hurts", and describes it', async () => {
      const r = await rig();
      const note = shadow(r.el, '[part=stop-note]');
      expect(textOf(note)).to.equal('Stop if pain, tingling or numbness spreads down a leg.');
      const stop = shadow(r.el, '[part=stop-button]');
      expect(note.nextElementSibling).to.equal(stop);
      expect(stop.getAttribute('aria-describedby')).to.equal(note.id);
      await press(r, 'Start');
      expect(textOf(shadow(r.el, '[part=stop-note]'))).to.contain('spreads down a leg');
    });
  });

  describe('the end summary', () => {
    it('when every stretch was skipped, does not say "All done"', async () => {
      const r = await rig();
      const complete = recordEvents(r.el, 'spasm-routine-complete');
      for (let i = 0; i < ALL.length; i++) await press(r, 'Skip');
      expect(r.el.getAttribute('state')).to.equal('done');
      expect(complete).to.deep.equal([{ completed: [] }]);
      expect(heading(r.el)).to.equal('Routine ended');
      expect(allText(r.el)).not.to.contain('All done');
      expect(allText(r.el)).to.contain('You did not finish any of the stretches this time.');
      expect(allText(r.el)).not.to.contain('You did 0');
      expect(shadowAll(r.el, '[part=summary] li').map((li) => textOf(li))).to.deep.equal(NAMES.map((n) => `${n}: not done`));
      await expect(r.el).to.be.accessible();
    });

    it('when some were skipped, says "Routine ended" and how many', async () => {
      const r = await rig(html`<stretch-routine stretches="child-pose,cat-cow"></stretch-routine>`);
      await press(r, 'Start');
      await advance(r, 45 * S);
      await press(r, 'Skip');
      expect(heading(r.el)).to.equal('Routine ended');
      expect(allText(r.el)).to.contain('You did 1 of 2 stretches.');
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
      expect(el.getAttribute('state')).to.equal('intro');
      expect(heading(el)).to.equal('Before you start');
      expect(focused(el)).to.equal(shadow(el, '.heading'));
      expect(el.completed).to.deep.equal([]);
      await press(r, 'Start the stretches');
      expect(heading(el)).to.equal('Knee to chest');
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
          expect(allText(el)).to.contain('or make pain, tingling or numbness spread down a leg. Stop and rest.');
          expect(shadowAll(el, '[part=signs] li')).to.have.length(9);
          expect(shadowAll(el, '[part=urgent-signs] li')).to.have.length(13);
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
      expect(r.el.getAttribute('state')).to.equal('intro');
      expect(heading(r.el)).to.equal('Before you start');
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
    it('returns to the start screen, cancels the chimes and fires nothing', async () => {
      const r = await rig();
      const events = [...recordEvents(r.el, 'spasm-routine-stop'), ...recordEvents(r.el, 'spasm-routine-complete')];
      await press(r, 'Skip');
      await press(r, 'Start');
      await advance(r, 2 * S);
      r.el.reset();
      await r.el.updateComplete;
      expect(r.el.getAttribute('state')).to.equal('intro');
      expect(heading(r.el)).to.equal('Before you start');
      expect(r.sound.pending).to.deep.equal([]);
      expect(said(r.el)).to.equal('');
      expect(events).to.deep.equal([]);
    });

    it('works from the pain screen', async () => {
      const r = await rig();
      await press(r, 'Stop: this hurts');
      r.el.reset();
      await r.el.updateComplete;
      expect(r.el.getAttribute('state')).to.equal('intro');
      expect(r.el.hasAttribute('stretch')).to.equal(false);
      await press(r, 'Start the stretches');
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

    it('hold-seconds sets every hold within its own range, and leaves the paced stretches alone', async () => {
      const warnings = captureWarnings();
      try {
        const r = await rig(html`<stretch-routine hold-seconds="25"></stretch-routine>`);
        expect(cue(r.el)).to.contain('Hold 25 seconds for each leg.');
        expect(time(r.el)).to.equal('0:50');
        await press(r, 'Skip');
        expect(time(r.el)).to.equal('0:50');
        await press(r, 'Skip');
        expect(cue(r.el)).to.contain('Hold 30 seconds.');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<stretch-routine> hold-seconds="25"').and.contain('30 for child-pose (30–60)');
      } finally {
        warnings.restore();
      }
    });

    for (const [stretches, raw, shown, warns] of [
      ['knee-to-chest', '19', '0:40', true],
      ['knee-to-chest', '20', '0:40', false],
      ['knee-to-chest', '30', '1:00', false],
      ['knee-to-chest', '31', '1:00', true],
      ['child-pose', '29', '0:30', true],
      ['child-pose', '30', '0:30', false],
      ['child-pose', '60', '1:00', false],
      ['child-pose', '61', '1:00', true],
      ['knee-to-chest,child-pose', '5', '0:40', true],
      ['knee-to-chest,child-pose', '99', '1:00', true],
      ['knee-to-chest,child-pose', 'abc', '1:00', true],
    ] as const) {
      it(`${stretches} with hold-seconds="${raw}" shows ${shown}, with ${warns ? 'one warning' : 'no warning'}`, async () => {
        const warnings = captureWarnings();
        try {
          const r = await rig(html`<stretch-routine stretches=${stretches} hold-seconds=${raw}></stretch-routine>`);
          r.el.requestUpdate();
          await r.el.updateComplete;
          expect(time(r.el)).to.equal(shown);
          expect(warnings.messages).to.have.length(warns ? 1 : 0);
          if (warns) expect(warnings.messages[0]).to.contain(`hold-seconds="${raw}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it('hold-seconds as a number property works the same', async () => {
      const r = await rig(html`<stretch-routine stretches="child-pose"></stretch-routine>`);
      (r.el as unknown as { holdSeconds: number }).holdSeconds = 50;
      await r.el.updateComplete;
      expect(time(r.el)).to.equal('0:50');
    });

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
    /** Words that would only be there in English. */
    const ENGLISH = /\b(the|and|your|you|stop|start|stretch|pregnant|leg|pain|warning|signs|if|help|done|before)\b/i;
    const words = (el: Element) => {
      for (const d of shadowAll<HTMLDetailsElement>(el, 'details')) d.open = true;
      return allText(el);
    };

    it('names the stretches and the seconds in Spanish', async () => {
      await setLocale('es');
      const r = await rig();
      expect(heading(r.el)).to.equal('Rodilla al pecho');
      expect(cue(r.el)).to.contain('30 segundos');
    });

    it('leaves no English on the start screen, a stretch, the pain screen or an all-skipped summary', async () => {
      await setLocale('es');
      const r = await rig(undefined, { intro: true });
      shadow<HTMLInputElement>(r.el, 'label.pregnant input').click();
      await r.el.updateComplete;
      const screens = [words(r.el)];
      shadow(r.el, '[part=begin-button]').click();
      await r.el.updateComplete;
      screens.push(words(r.el));
      for (let i = 0; i < 4; i++) {
        shadowAll<HTMLButtonElement>(r.el, '[part=controls] button')[2]!.click();
        await r.el.updateComplete;
      }
      screens.push(words(r.el));
      r.el.reset();
      await r.el.updateComplete;
      shadow(r.el, '[part=begin-button]').click();
      await r.el.updateComplete;
      shadow(r.el, '[part=stop-button]').click();
      await r.el.updateComplete;
      screens.push(words(r.el));
      for (const text of screens) expect(text).not.to.match(ENGLISH);
      expect(screens[0]).to.contain('embarazada');
    });
  });
});
