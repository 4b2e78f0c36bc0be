import { expect } from '@open-wc/testing';
import '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import type { HeatIceTimer } from '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import { setLocale } from '../../../src/core/localization.js';
import { EMERGENCY_SIGNS } from '../../../src/content/red-flags.js';
import { memoryStore, STORAGE_PREFIX, type KeyValueStore } from '../../../src/core/storage.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
/** 2:00 PM local time. */
const T0 = new Date(2026, 10, 20, 14, 0, 0).getTime();
const KEY = `${STORAGE_PREFIX}heat-ice-timer:test`;

interface Detail {
  mode: string;
  durationMs: number;
  endsAt: number;
}

/** An ISO local date-time `hoursAgo` before T0, as a page would write it. */
function isoBefore(hoursAgo: number): string {
  const d = new Date(T0 - hoursAgo * HOUR);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

let clock: FakeClock;
let sound: FakeSound;
let store: KeyValueStore;
const made: HTMLElement[] = [];

/** A timer on the page with the test's clock, sound and store (unless overridden). */
async function make(
  attrs: Record<string, string | true> = { onset: isoBefore(30) },
  options: { storage?: KeyValueStore | null; id?: string } = {},
): Promise<HeatIceTimer> {
  const el = document.createElement('heat-ice-timer');
  el.clock = clock;
  el.sound = sound;
  el.storage = options.storage === undefined ? store : options.storage;
  if (options.id) el.id = options.id;
  else el.setAttribute('storage-key', 'test');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value === true ? '' : value);
  document.body.append(el);
  made.push(el);
  await el.updateComplete;
  return el;
}

/** The timer saved under KEY (stored with the revision that cross-tab sync compares). */
const saved = (s: KeyValueStore) => (JSON.parse(s.getItem(KEY)!) as { value: { round: { mode: string } } | null }).value;

async function click(el: HeatIceTimer, selector: string): Promise<void> {
  shadow(el, selector).click();
  await el.updateComplete;
}

async function tickChecks(el: HeatIceTimer): Promise<void> {
  for (const box of shadowAll<HTMLInputElement>(el, '.check input')) if (!box.checked) box.click();
  await el.updateComplete;
}

async function startRound(el: HeatIceTimer): Promise<void> {
  await tickChecks(el);
  await click(el, '[part=start-button]');
}

async function advance(el: HeatIceTimer, ms: number): Promise<void> {
  clock.advance(ms);
  el.requestUpdate();
  await el.updateComplete;
}

const heading = (el: HeatIceTimer) => textOf(shadow(el, '[part=heading]'));
const time = (el: HeatIceTimer) => textOf(shadow(el, '[part=time]'));
const polite = (el: HeatIceTimer) => textOf(shadow(el, '[aria-live=polite]'));
const assertive = (el: HeatIceTimer) => textOf(shadow(el, '[aria-live=assertive]'));
const all = (el: HeatIceTimer) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<heat-ice-timer>', () => {
  beforeEach(() => {
    clock = new FakeClock(T0);
    sound = new FakeSound();
    store = memoryStore();
  });
  afterEach(() => {
    made.forEach((el) => el.remove());
    made.length = 0;
  });

  describe('ice or heat', () => {
    it('with an onset 30 hours ago suggests ice, and says why', async () => {
      const el = await make();
      expect(heading(el)).to.equal('Ice or heat');
      expect(textOf(shadow(el, '[part=advice]'))).to.contain(
        "It's 30 hours since your pain began: ice is usual for the first 48 hours.",
      );
      expect(textOf(shadow(el, '[part=advice]'))).to.contain('the usual advice, not a rule');
      expect(shadow<HTMLInputElement>(el, 'input[value=ice]').checked).to.equal(true);
      expect(textOf(shadow(el, '[part=start-button]'))).to.equal('Start 15 minutes of ice');
      expect(textOf(shadow(el, '.note'))).to.equal('Afterwards, rest your skin for 60 minutes before the next round.');
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.getAttribute('treatment')).to.equal('ice');
      expect(el.getAttribute('mode')).to.equal('auto');
      await expect(el).to.be.accessible();
    });

    it('after ice-hours suggests heat, counting days', async () => {
      const el = await make({ onset: isoBefore(80) });
      expect(textOf(shadow(el, '[part=advice]'))).to.contain(
        "It's 3 days since your pain began: heat is usual after the first 48 hours.",
      );
      expect(el.getAttribute('treatment')).to.equal('heat');
      expect(textOf(shadow(el, '[part=start-button]'))).to.equal('Start 15 minutes of heat');
    });

    it('takes ice-hours from the page', async () => {
      const el = await make({ onset: isoBefore(30), 'ice-hours': '24' });
      expect(el.getAttribute('treatment')).to.equal('heat');
      expect(textOf(shadow(el, '[part=advice]'))).to.contain('heat is usual after the first 24 hours');
    });

    it('without an onset asks when the pain started, then suggests from the answer', async () => {
      const el = await make({});
      expect(textOf(shadow(el, '[part=onset-question] legend'))).to.equal('When did the pain start?');
      const answers = shadowAll(el, '[part=onset-question] button');
      expect(answers.map(textOf)).to.deep.equal(['Today', 'Yesterday', '2 to 3 days ago', 'More than 3 days ago']);
      expect(el.hasAttribute('treatment')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=start-button]')).to.equal(null);
      await expect(el).to.be.accessible();

      answers[1]!.focus();
      answers[1]!.click();
      await el.updateComplete;
      expect(textOf(shadow(el, '[part=advice]'))).to.contain(
        'From your answer, your pain began less than 48 hours ago: ice is usual for the first 48 hours.',
      );
      expect(el.getAttribute('treatment')).to.equal('ice');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));

      await click(el, '.advice button');
      expect(el.shadowRoot!.querySelector('[part=onset-question]')).not.to.equal(null);
      shadowAll(el, '[part=onset-question] button')[2]!.click();
      await el.updateComplete;
      expect(textOf(shadow(el, '[part=advice]'))).to.contain('more than 48 hours ago: heat is usual');
    });

    it('mode="heat" uses heat without asking; the patient can switch to ice', async () => {
      const el = await make({ mode: 'heat' });
      expect(el.shadowRoot!.querySelector('[part=onset-question]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=advice]')).to.equal(null);
      expect(el.getAttribute('treatment')).to.equal('heat');
      const events = recordEvents<Detail>(el, 'spasm-timer-start');
      await click(el, 'input[value=ice]');
      expect(el.getAttribute('treatment')).to.equal('ice');
      expect(el.getAttribute('mode')).to.equal('heat');
      await startRound(el);
      expect(events[0]!.mode).to.equal('ice');
      expect(heading(el)).to.equal('Ice round');
    });
  });

  describe('heat in the first days: "Is the sore area swollen?"', () => {
    async function pickHeat(el: HeatIceTimer) {
      await click(el, 'input[value=heat]');
      await el.updateComplete;
    }

    it('picking heat inside the ice window asks first, with no Start until answered', async () => {
      const el = await make();
      await pickHeat(el);
      expect(textOf(shadow(el, '[part=swelling] legend'))).to.equal('Is the sore area swollen?');
      expect(shadowAll(el, '[part=swelling] button').map(textOf)).to.deep.equal(['Yes', 'No', 'Not sure']);
      expect(el.shadowRoot!.querySelector('[part=start-button]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(shadowAll(el, '[part=swelling] button')[0]);
      await expect(el).to.be.accessible();
    });

    it('"No": heat, and Start says heat', async () => {
      const el = await make();
      const starts = recordEvents<Detail>(el, 'spasm-timer-start');
      await pickHeat(el);
      shadowAll(el, '[part=swelling] button')[1]!.click();
      await el.updateComplete;
      expect(el.getAttribute('treatment')).to.equal('heat');
      expect(shadow<HTMLInputElement>(el, 'input[value=heat]').checked).to.equal(true);
      expect(textOf(shadow(el, '[part=start-button]'))).to.equal('Start 15 minutes of heat');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=start-button]'));
      await startRound(el);
      expect(starts[0]!.mode).to.equal('heat');
    });

    for (const [index, answer, words] of [
      [0, 'Yes', 'Use ice for now: heat is only for an area that is not swollen.'],
      [2, 'Not sure', 'If you are not sure, use ice for now: heat is only for an area that is not swollen.'],
    ] as const) {
      it(`"${answer}": back to ice, saying why`, async () => {
        const el = await make();
        await pickHeat(el);
        shadowAll(el, '[part=swelling] button')[index]!.click();
        await el.updateComplete;
        expect(el.getAttribute('treatment')).to.equal('ice');
        expect(shadow<HTMLInputElement>(el, 'input[value=ice]').checked).to.equal(true);
        expect(shadow<HTMLInputElement>(el, 'input[value=heat]').checked).to.equal(false);
        expect(textOf(shadow(el, '.swelling-answer'))).to.equal(words);
        expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.swelling-answer'));
        expect(textOf(shadow(el, '[part=start-button]'))).to.equal('Start 15 minutes of ice');
        await expect(el).to.be.accessible();
        // Picking heat again asks again.
        await pickHeat(el);
        expect(el.shadowRoot!.querySelector('[part=swelling]')).not.to.equal(null);
      });
    }

    it('picking ice while asked puts the question away', async () => {
      const el = await make();
      await pickHeat(el);
      await click(el, 'input[value=ice]');
      expect(el.shadowRoot!.querySelector('[part=swelling]')).to.equal(null);
      expect(el.getAttribute('treatment')).to.equal('ice');
    });

    it('is not asked after the ice window, nor inside it when the answer says so', async () => {
      const late = await make({ onset: isoBefore(80) });
      await click(late, 'input[value=ice]');
      await click(late, 'input[value=heat]');
      expect(late.shadowRoot!.querySelector('[part=swelling]')).to.equal(null);
      expect(late.getAttribute('treatment')).to.equal('heat');

      const answered = await make({}, { id: 'answered' });
      shadowAll(answered, '[part=onset-question] button')[0]!.click();
      await answered.updateComplete;
      await click(answered, 'input[value=heat]');
      expect(answered.shadowRoot!.querySelector('[part=swelling]')).not.to.equal(null);
    });

    it('is asked inside the ice window even when the page chose ice', async () => {
      const el = await make({ onset: isoBefore(30), mode: 'ice' });
      await pickHeat(el);
      expect(el.shadowRoot!.querySelector('[part=swelling]')).not.to.equal(null);
    });
  });

  describe('safety checklist', () => {
    it('must be ticked before the first round: Start alone shows an error and moves focus to the first box', async () => {
      const el = await make();
      const events = recordEvents(el, 'spasm-timer-start');
      expect(textOf(shadow(el, '[part=safety] legend'))).to.equal('Before your first round today, tick each one:');
      const boxes = shadowAll<HTMLInputElement>(el, '.check input');
      expect(shadowAll(el, '.check').map(textOf)).to.deep.equal([
        'The skin there feels heat and cold normally: it is not numb (for example from diabetes or sciatica), and I have good circulation.',
        'The skin there is not broken, has no rash, and has no heat rub or cream on it.',
        "I will wrap ice in a thin cloth, never put it on bare skin, and not use ice if I have Raynaud's or a reaction to cold.",
        'I will not fall asleep with a heating pad on.',
        'I will look at my skin when I take the pack off, with a mirror or a helper for my back.',
      ]);
      expect(textOf(shadow(el, '[part=safety]'))).to.contain('If one of these is not true for you, do not use ice or heat there.');
      expect(shadowAll(el, '[part=tips] li').map(textOf)).to.deep.equal([
        "Children's and older people's skin burns more easily: check it more often.",
        'If you are pregnant, do not put a heat pack on your bump, and do not take very hot baths.',
      ]);
      boxes[0]!.click();
      await click(el, '[part=start-button]');
      expect(events).to.deep.equal([]);
      expect(el.getAttribute('state')).to.equal('idle');
      // The one error pattern: a bold "Error:", the fieldset described by it, the unticked boxes invalid, focus on the first.
      expect(textOf(shadow(el, '[role=alert]'))).to.equal('Error: Please tick every one before you start.');
      expect(textOf(shadow(el, '[role=alert] strong'))).to.equal('Error:');
      expect(shadow(el, '[part=safety]').getAttribute('aria-describedby')).to.equal('check-error');
      expect(boxes.map((b) => b.getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'true', 'true', 'true']);
      expect(el.shadowRoot!.activeElement).to.equal(boxes[1]);
      await expect(el).to.be.accessible();
      await startRound(el);
      expect(events).to.have.length(1);
    });

    it('is not asked again the same day, and is asked again the next day', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 15 * MIN);
      await click(el, '[part=done-button]');
      await advance(el, 60 * MIN);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.shadowRoot!.querySelector('[part=tips]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
      await advance(el, 12 * HOUR);
      expect(el.shadowRoot!.querySelector('[part=safety]')).not.to.equal(null);
    });
  });

  describe('a round', () => {
    it('starts: fires the event, books the chime, counts down from the clock, announces, and focuses the heading', async () => {
      const el = await make();
      const events = recordEvents<Detail>(document.body, 'spasm-timer-start');
      await startRound(el);
      expect(events).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
      expect(el.getAttribute('state')).to.equal('running');
      expect(heading(el)).to.equal('Ice round');
      expect(time(el)).to.equal('15:00');
      expect(all(el)).to.contain('Ends at 2:15 PM');
      expect(all(el)).to.contain('Keep a thin cloth between the ice and your skin.');
      expect(polite(el)).to.equal('Ice round started. It ends at 2:15 PM.');
      expect(sound.pending).to.deep.equal([{ delayMs: 15 * MIN, kind: 'end', cancelled: false }]);
      expect(sound.unlocked).to.be.greaterThan(0);
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
      await expect(el).to.be.accessible();
    });

    it('shows the time left from the clock, also after a long jump (a throttled background tab)', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 3 * MIN + 12_000);
      expect(time(el)).to.equal('11:48');
      await advance(el, 11 * MIN + 47_500);
      expect(time(el)).to.equal('0:01');
      const bar = shadow(el, '.bar');
      expect(Number(bar.getAttribute('stroke-dashoffset'))).to.be.closeTo(0.06, 0.01);
      expect(el.getAttribute('state')).to.equal('running');
    });

    it('draws the ring in the ice or heat colour, with SVG attributes and no inline style', async () => {
      const el = await make({ mode: 'heat' });
      await startRound(el);
      await advance(el, 7.5 * MIN);
      const bar = shadow(el, '.bar');
      expect(bar.getAttribute('stroke-dashoffset')).to.equal('50.00');
      expect(getComputedStyle(bar).stroke).to.equal('rgb(185, 58, 11)');
      expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    });

    it('announces the start, every 5 minutes left and the end; never every second', async () => {
      const el = await make();
      await startRound(el);
      const said: string[] = [polite(el)];
      for (let t = 0; t < 15 * MIN; t += 5000) {
        await advance(el, 5000);
        const now = polite(el);
        if (now !== said.at(-1)) said.push(now);
      }
      expect(said).to.deep.equal(['Ice round started. It ends at 2:15 PM.', '10 minutes left.', '5 minutes left.', '']);
      expect(assertive(el)).to.equal("Time's up: take the pack off.");
    });

    it('announces 10 minutes left in a 12-minute round on the mark, not at the start', async () => {
      const el = await make({ onset: isoBefore(30), minutes: '12' });
      await startRound(el);
      await advance(el, 2 * MIN - 1);
      expect(polite(el)).to.contain('started');
      await advance(el, 1);
      expect(polite(el)).to.equal('10 minutes left.');
    });

    it('pauses and resumes: time stands still, the chime is cancelled and re-booked, focus stays on the button', async () => {
      const el = await make();
      const paused = recordEvents<Detail>(el, 'spasm-timer-pause');
      const resumed = recordEvents<Detail>(el, 'spasm-timer-resume');
      await startRound(el);
      await advance(el, 3 * MIN);
      const button = shadow(el, '[part=pause-button]');
      button.focus();
      await click(el, '[part=pause-button]');
      expect(paused).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
      expect(el.getAttribute('state')).to.equal('paused');
      expect(heading(el)).to.equal('Ice round paused');
      expect(textOf(button)).to.equal('Resume');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(polite(el)).to.equal('Paused.');
      expect(sound.pending).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // Exactly the round's own length: still paused.
      await advance(el, 15 * MIN);
      expect(el.getAttribute('state')).to.equal('paused');
      expect(time(el)).to.equal('12:00');
      await click(el, '[part=pause-button]');
      expect(resumed).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 30 * MIN }]);
      expect(el.getAttribute('state')).to.equal('running');
      expect(polite(el)).to.equal('Resumed. It ends at 2:30 PM.');
      expect(sound.pending).to.deep.equal([{ delayMs: 12 * MIN, kind: 'end', cancelled: false }]);
      await advance(el, 12 * MIN - 1);
      expect(el.getAttribute('state')).to.equal('running');
      await advance(el, 1);
      expect(el.getAttribute('state')).to.equal('done');
    });

    it('paused: says to take the pack off, and that a pause longer than the round ends it', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 3 * MIN);
      await click(el, '[part=pause-button]');
      expect(all(el)).to.contain('Paused: take the pack off while you wait.');
      expect(all(el)).not.to.contain('Keep a thin cloth');
      expect(all(el)).to.contain('Press Resume when the pack is back on. If the pause lasts longer than 15 minutes, the round ends.');
    });

    it('a pause one millisecond longer than the round ends it: logged like a cancel, resting from the pause', async () => {
      const el = await make();
      const cancels = recordEvents<Detail>(el, 'spasm-timer-cancel');
      await startRound(el);
      await advance(el, 3 * MIN);
      shadow(el, '[part=pause-button]').focus();
      await click(el, '[part=pause-button]');
      await advance(el, 15 * MIN - 1);
      expect(el.getAttribute('state')).to.equal('paused');
      await advance(el, 1);
      expect(el.getAttribute('state')).to.equal('paused');
      expect(cancels).to.deep.equal([]);
      await advance(el, 1);
      expect(el.getAttribute('state')).to.equal('resting');
      expect(cancels).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 18 * MIN }]);
      expect(textOf(shadow(el, '[part=log] li'))).to.equal('2:00 PM: ice, 3 minutes');
      expect(textOf(shadow(el, '.next'))).to.equal('Next round from 3:03 PM.');
      expect(polite(el)).to.equal('The pause was longer than the round, so the round has ended.');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
      expect(sound.pending).to.deep.equal([]);
      await advance(el, 45 * MIN);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(all(el)).to.contain('Your paused round ended: the pause was longer than the round.');
      await expect(el).to.be.accessible();
    });

    it('Resume or Cancel pressed after too long a pause, before any repaint: the round has ended, and says so', async () => {
      for (const button of ['[part=pause-button]', '[part=cancel-button]']) {
        const el = await make();
        const cancels = recordEvents<Detail>(el, 'spasm-timer-cancel');
        const resumes = recordEvents<Detail>(el, 'spasm-timer-resume');
        await startRound(el);
        await advance(el, 3 * MIN);
        await click(el, '[part=pause-button]');
        clock.advance(15 * MIN + 1);
        await click(el, button);
        expect(el.getAttribute('state'), button).to.equal('resting');
        expect(resumes).to.deep.equal([]);
        expect(cancels).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 18 * MIN }]);
        expect(polite(el)).to.equal('The pause was longer than the round, so the round has ended.');
        el.reset();
        el.remove();
        clock.set(T0);
      }
    });

    it('Pause pressed in the instant the time is up: the round is done, complete fires once', async () => {
      const el = await make();
      const completes = recordEvents<Detail>(el, 'spasm-timer-complete');
      const pauses = recordEvents<Detail>(el, 'spasm-timer-pause');
      await startRound(el);
      clock.advance(15 * MIN);
      await click(el, '[part=pause-button]');
      expect(el.getAttribute('state')).to.equal('done');
      expect(pauses).to.deep.equal([]);
      expect(completes).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
      expect(assertive(el)).to.equal("Time's up: take the pack off.");
    });

    it('a too-long pause in the first minute ends the round with nothing logged and no rest', async () => {
      const el = await make({ onset: isoBefore(30), minutes: '10' });
      await startRound(el);
      await advance(el, 30_000);
      await click(el, '[part=pause-button]');
      await advance(el, 10 * MIN + 1);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(el.shadowRoot!.querySelector('[part=log]')).to.equal(null);
      expect(all(el)).to.contain('Your paused round ended');
      await tickChecks(el);
      await click(el, '[part=start-button]');
      expect(el.getAttribute('state')).to.equal('running');
      expect(all(el)).not.to.contain('Your paused round ended');
    });

    it('cancelled in the first minute: back to the start, nothing logged', async () => {
      const el = await make();
      const events = recordEvents<Detail>(el, 'spasm-timer-cancel');
      await startRound(el);
      await advance(el, 30_000);
      await click(el, '[part=cancel-button]');
      expect(events).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 30_000 }]);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(polite(el)).to.equal('Round stopped.');
      expect(sound.pending).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=log]')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    });

    it('cancelled after 6 minutes: logged as 6 minutes, and the skin rests', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 6 * MIN);
      await click(el, '[part=cancel-button]');
      expect(el.getAttribute('state')).to.equal('resting');
      expect(polite(el)).to.equal('Round stopped. Next round from 3:06 PM.');
      expect(textOf(shadow(el, '[part=log] li'))).to.equal('2:00 PM: ice, 6 minutes');
    });
  });

  describe('the end', () => {
    it("shows a clear time's-up screen, sounds, vibrates, announces assertively and fires complete", async () => {
      const el = await make();
      const events = recordEvents<Detail>(el, 'spasm-timer-complete');
      await startRound(el);
      shadow(el, '[part=pause-button]').focus();
      await advance(el, 15 * MIN);
      expect(el.getAttribute('state')).to.equal('done');
      expect(heading(el)).to.equal("Time's up: take the pack off");
      expect(all(el)).to.contain('Finished at 2:15 PM.');
      expect(all(el)).to.contain('Take the pack off now and look at your skin: use a mirror, or ask someone, for your back.');
      expect(textOf(shadow(el, '[part=skin-warning]'))).to.equal(
        'If the skin is blistered, very red, white, grey or numb, stop using ice or heat and ask a pharmacist or doctor.',
      );
      expect(all(el)).to.contain('Next round from 3:15 PM.');
      // Focus goes to the heading, which says it: the live region stays quiet, so it is said once.
      expect(assertive(el)).to.equal('');
      expect(events).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
      expect(sound.scheduled).to.have.length(1);
      expect(sound.scheduled[0]!.cancelled).to.equal(false);
      expect(sound.vibrations).to.equal(1);
      // Focus was on the Pause button, which is gone: it goes to the heading.
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
      await expect(el).to.be.accessible();
    });

    it('is right the instant the tab is visible again, with the exact end time', async () => {
      const el = await make();
      const events = recordEvents<Detail>(el, 'spasm-timer-complete');
      await startRound(el);
      clock.advance(15 * MIN + 40_000);
      // Test pages may run in a background tab: say this one is in front.
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
      expect(el.getAttribute('state')).to.equal('done');
      expect(events[0]!.endsAt).to.equal(T0 + 15 * MIN);
    });

    it('never takes focus from the page', async () => {
      const input = document.createElement('input');
      document.body.append(input);
      try {
        const el = await make();
        await startRound(el);
        input.focus();
        await advance(el, 15 * MIN);
        expect(document.activeElement).to.equal(input);
        // Focus stays on the page, so the live region says it, once.
        expect(assertive(el)).to.equal("Time's up: take the pack off.");
      } finally {
        input.remove();
      }
    });

    it('muted: no chime and no vibration, but the same screen', async () => {
      const el = await make({ onset: isoBefore(30), muted: true });
      await startRound(el);
      await advance(el, 15 * MIN);
      expect(sound.scheduled).to.deep.equal([]);
      expect(sound.vibrations).to.equal(0);
      expect(heading(el)).to.equal("Time's up: take the pack off");
    });

    it('muting mid-round cancels the chime; unmuting books it for the time left', async () => {
      const el = await make();
      await startRound(el);
      el.muted = true;
      await advance(el, 5 * MIN);
      expect(sound.pending).to.deep.equal([]);
      el.muted = false;
      await el.updateComplete;
      expect(sound.pending).to.deep.equal([{ delayMs: 10 * MIN, kind: 'end', cancelled: false }]);
    });
  });

  describe('rest and log', () => {
    it('"The pack is off" starts the rest: next round shown as a time of day, with a countdown and no Start', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 15 * MIN);
      await click(el, '[part=done-button]');
      expect(el.getAttribute('state')).to.equal('resting');
      expect(heading(el)).to.equal('Rest your skin');
      expect(textOf(shadow(el, '.next'))).to.equal('Next round from 3:15 PM.');
      expect(time(el)).to.equal('60:00');
      expect(el.shadowRoot!.querySelector('[part=start-button]')).to.equal(null);
      expect(textOf(shadow(el, '[part=log]'))).to.equal("Today's rounds 2:00 PM: ice, 15 minutes");
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
      await expect(el).to.be.accessible();

      await advance(el, 20 * MIN);
      expect(time(el)).to.equal('40:00');
      await advance(el, 40 * MIN - 1);
      expect(el.getAttribute('state')).to.equal('resting');
      await advance(el, 1);
      expect(el.getAttribute('state')).to.equal('idle');
      expect(polite(el)).to.equal('You can start the next round now.');
      expect(el.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
      await click(el, '[part=start-button]');
      expect(el.getAttribute('state')).to.equal('running');
    });

    it('the rest counts from the end of the round, even when "The pack is off" comes late', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 15 * MIN + 70 * MIN);
      await click(el, '[part=done-button]');
      expect(el.getAttribute('state')).to.equal('idle');
    });

    // At least an hour between rounds (CONTENT.md §11): 60–180, clamped with one warning.
    for (const [raw, used, warns] of [
      ['59', 60, true],
      ['60', 60, false],
      ['180', 180, false],
      ['181', 180, true],
      ['0', 60, true],
    ] as const) {
      it(`rest-minutes="${raw}": the next round may start after exactly ${used} minutes, with ${warns ? 'one warning' : 'no warning'}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make({ onset: isoBefore(30), 'rest-minutes': raw });
          expect(textOf(shadow(el, '.note'))).to.equal(`Afterwards, rest your skin for ${used} minutes before the next round.`);
          await startRound(el);
          await advance(el, 15 * MIN);
          await click(el, '[part=done-button]');
          await advance(el, used * MIN - 1);
          expect(el.getAttribute('state')).to.equal('resting');
          await advance(el, 1);
          expect(el.getAttribute('state')).to.equal('idle');
          expect(warnings.messages).to.have.length(warns ? 1 : 0);
          if (warns) expect(warnings.messages[0]).to.contain(`<heat-ice-timer> rest-minutes="${raw}"`).and.contain(`using "${used}"`);
        } finally {
          warnings.restore();
        }
      });
    }

    it("lists today's rounds and forgets them after midnight", async () => {
      const el = await make({ onset: isoBefore(80), minutes: '10' });
      await startRound(el);
      await advance(el, 10 * MIN);
      await click(el, '[part=done-button]');
      await advance(el, 60 * MIN);
      await click(el, 'input[value=ice]');
      await click(el, '[part=start-button]');
      await advance(el, 10 * MIN);
      await click(el, '[part=done-button]');
      expect(shadowAll(el, '[part=log] li').map(textOf)).to.deep.equal(['2:00 PM: heat, 10 minutes', '3:10 PM: ice, 10 minutes']);
      clock.set(new Date(2026, 10, 21, 0, 0, 0).getTime());
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=log]')).to.equal(null);
    });
  });

  describe('surviving a reload', () => {
    it('a running round comes back running, with the time left and the chime booked again; no second start event', async () => {
      const first = await make();
      await startRound(first);
      await advance(first, 4 * MIN);
      first.remove();
      expect(sound.pending).to.deep.equal([]);
      expect(saved(store)!.round.mode).to.equal('ice');

      clock.advance(MIN);
      const starts = recordEvents(document.body, 'spasm-timer-start');
      const second = await make();
      expect(second.getAttribute('state')).to.equal('running');
      expect(time(second)).to.equal('10:00');
      expect(sound.pending).to.deep.equal([{ delayMs: 10 * MIN, kind: 'end', cancelled: false }]);
      expect(starts).to.deep.equal([]);
      expect(polite(second)).to.equal('');
    });

    it('a paused round comes back paused with the same time left', async () => {
      const first = await make();
      await startRound(first);
      await advance(first, 2 * MIN);
      await click(first, '[part=pause-button]');
      first.remove();
      clock.advance(15 * MIN);
      const second = await make();
      expect(second.getAttribute('state')).to.equal('paused');
      expect(time(second)).to.equal('13:00');
      expect(sound.pending).to.deep.equal([]);
    });

    it('a paused round found after a pause longer than the round has ended, once', async () => {
      const first = await make();
      await startRound(first);
      await advance(first, 2 * MIN);
      await click(first, '[part=pause-button]');
      first.remove();
      clock.advance(3 * HOUR);
      const cancels = recordEvents<Detail>(document.body, 'spasm-timer-cancel');
      const second = await make();
      expect(second.getAttribute('state')).to.equal('idle');
      expect(cancels).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 17 * MIN }]);
      expect(shadowAll(second, '[part=log] li').map(textOf)).to.deep.equal(['2:00 PM: ice, 2 minutes']);
      second.remove();
      await make();
      expect(cancels).to.have.length(1);
    });

    it('coming back after the end shows "Finished at", fires complete once, and does not vibrate late', async () => {
      const first = await make();
      await startRound(first);
      first.remove();
      clock.advance(40 * MIN);
      const completes = recordEvents<Detail>(document.body, 'spasm-timer-complete');
      const second = await make();
      expect(second.getAttribute('state')).to.equal('done');
      expect(all(second)).to.contain('Finished at 2:15 PM.');
      expect(completes).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
      expect(sound.vibrations).to.equal(0);
      second.remove();
      const third = await make();
      expect(third.getAttribute('state')).to.equal('done');
      expect(completes).to.have.length(1);
    });

    it('a finish on an earlier day names the day', async () => {
      const first = await make();
      await startRound(first);
      first.remove();
      clock.advance(20 * HOUR);
      const completesLater = recordEvents<Detail>(document.body, 'spasm-timer-complete');
      const second = await make();
      expect(all(second)).to.match(/Finished on Friday,? 2:15\sPM\./);
      expect(completesLater).to.deep.equal([{ mode: 'ice', durationMs: 15 * MIN, endsAt: T0 + 15 * MIN }]);
    });

    it('a rest and the log come back', async () => {
      const first = await make();
      await startRound(first);
      await advance(first, 15 * MIN);
      await click(first, '[part=done-button]');
      first.remove();
      clock.advance(10 * MIN);
      const second = await make();
      expect(second.getAttribute('state')).to.equal('resting');
      expect(time(second)).to.equal('50:00');
      expect(shadowAll(second, '[part=log] li').map(textOf)).to.deep.equal(['2:00 PM: ice, 15 minutes']);
    });

    it('the answer, the pick and the ticked checklist come back', async () => {
      const first = await make({});
      await click(first, '[part=onset-question] button');
      await click(first, 'input[value=heat]');
      shadowAll(first, '[part=swelling] button')[1]!.click();
      await first.updateComplete;
      await startRound(first);
      await click(first, '[part=cancel-button]');
      first.remove();
      const second = await make({});
      expect(second.getAttribute('treatment')).to.equal('heat');
      expect(textOf(shadow(second, '[part=advice]'))).to.contain('less than 48 hours ago');
      expect(second.shadowRoot!.querySelector('[part=safety]')).to.equal(null);
    });

    it('another storage-key is another timer', async () => {
      const first = await make();
      await startRound(first);
      const other = await make({ onset: isoBefore(30), 'storage-key': 'other' });
      expect(other.getAttribute('state')).to.equal('idle');
    });

    it('saves under the element id by default, else under the page path', async () => {
      const byId = await make({ onset: isoBefore(30) }, { id: 'back-timer' });
      byId.removeAttribute('storage-key');
      await byId.updateComplete;
      await startRound(byId);
      expect(store.getItem(`${STORAGE_PREFIX}heat-ice-timer:#back-timer`)).to.be.a('string');
      byId.id = '';
      byId.requestUpdate();
      await byId.updateComplete;
      await click(byId, '[part=cancel-button]');
      expect(store.getItem(`${STORAGE_PREFIX}heat-ice-timer:${location.pathname}`)).to.be.a('string');
    });
  });

  describe('storage problems', () => {
    it('storage that throws on every read and write: the timer works in memory, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const broken: KeyValueStore = {
          ...memoryStore(),
          getItem: () => {
            throw new DOMException('denied', 'SecurityError');
          },
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
        };
        const el = await make(undefined, { storage: broken });
        await startRound(el);
        await click(el, '[part=pause-button]');
        await click(el, '[part=pause-button]');
        await advance(el, 15 * MIN);
        expect(el.getAttribute('state')).to.equal('done');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<heat-ice-timer>').and.contain('keeping everything in memory');
      } finally {
        warnings.restore();
      }
    });

    it('garbage in storage: starts fresh with one warning, and the next change replaces it', async () => {
      const warnings = captureWarnings();
      try {
        store.setItem(KEY, '{"v":1,"round":{"mode":"lava"');
        const el = await make();
        expect(el.getAttribute('state')).to.equal('idle');
        await startRound(el);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('ignored unreadable saved data');
        expect(saved(store)!.round.mode).to.equal('ice');
      } finally {
        warnings.restore();
      }
    });

    it('no storage at all: works silently', async () => {
      const warnings = captureWarnings();
      try {
        const el = await make(undefined, { storage: null });
        await startRound(el);
        expect(el.getAttribute('state')).to.equal('running');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('bad attributes', () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ minutes: '30' }, 'minutes="30"', 'Start 20 minutes of ice'],
      [{ minutes: '5' }, 'minutes="5"', 'Start 10 minutes of ice'],
      [{ minutes: 'long' }, 'minutes="long"', 'Start 15 minutes of ice'],
      [{ 'rest-minutes': '500' }, 'rest-minutes="500"', 'rest your skin for 180 minutes'],
      [{ 'rest-minutes': '-1' }, 'rest-minutes="-1"', 'rest your skin for 60 minutes'],
      [{ 'ice-hours': '100' }, 'ice-hours="100"', 'ice is usual for the first 72 hours'],
      [{ 'ice-hours': '10' }, 'ice-hours="10"', 'heat is usual after the first 24 hours'],
      [{ mode: 'steam' }, 'mode="steam"', 'ice is usual for the first 48 hours'],
      [{ 'heading-level': '9' }, 'heading-level="9"', 'Ice or heat'],
    ];
    for (const [attrs, named, shown] of cases) {
      it(`${named}: clamped or defaulted, with exactly one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make({ onset: isoBefore(30), ...attrs });
          el.requestUpdate();
          await el.updateComplete;
          await startRound(el);
          await click(el, '[part=cancel-button]');
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<heat-ice-timer> ${named}`);
          el.reset();
          await el.updateComplete;
          expect(all(el)).to.contain(shown);
        } finally {
          warnings.restore();
        }
      });
    }

    for (const onset of ['last tuesday', '2026-02-30', isoBefore(-2)]) {
      it(`onset="${onset}" (unparsable or in the future) is ignored with one warning, and the patient is asked`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make({ onset });
          el.requestUpdate();
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('[part=onset-question]')).not.to.equal(null);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<heat-ice-timer> onset="${onset}"`).and.contain('using nothing');
        } finally {
          warnings.restore();
        }
      });
    }

    it('an onset given as a date only counts from local midnight', async () => {
      const el = await make({ onset: '2026-11-19' });
      expect(textOf(shadow(el, '[part=advice]'))).to.contain("It's 38 hours since your pain began");
    });

    it('takes numbers set as properties too', async () => {
      const el = await make();
      (el as unknown as { minutes: number }).minutes = 12;
      await el.updateComplete;
      expect(textOf(shadow(el, '[part=start-button]'))).to.equal('Start 12 minutes of ice');
    });
  });

  describe('kiosk', () => {
    it('keeps nothing in storage, has large targets, and says to tell the front desk', async () => {
      const el = await make({ onset: isoBefore(30), kiosk: true });
      await startRound(el);
      expect(store.length).to.equal(0);
      for (const b of shadowAll(el, 'button')) expect(b.getBoundingClientRect().height).to.be.at.least(48);
      expect(shadow(el, '.cta-text').textContent!.trim()).to.equal('Tell the front desk now, or call 911.');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the checklist and switch are 48 px targets', async () => {
      const el = await make({ onset: isoBefore(30), kiosk: true });
      for (const t of shadowAll(el, '.check, .option')) expect(t.getBoundingClientRect().height).to.be.at.least(48);
    });
  });

  describe('reset()', () => {
    it('returns to the start from a running round, cancels the chime and forgets the saved timer', async () => {
      const el = await make();
      await startRound(el);
      await advance(el, 5 * MIN);
      el.reset();
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('idle');
      expect(sound.pending).to.deep.equal([]);
      // Kept as a cleared revision, so a stale tab cannot bring the round back.
      expect(saved(store)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=safety]')).not.to.equal(null);
      expect(polite(el)).to.equal('');
    });

    it('forgets the log and the answer', async () => {
      const el = await make({});
      await click(el, '[part=onset-question] button');
      await startRound(el);
      await advance(el, 15 * MIN);
      el.reset();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=log]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=onset-question]')).not.to.equal(null);
      expect(assertive(el)).to.equal('');
    });
  });

  it('every emergency sign and "not a diagnosis" are under every step, with the page\'s number', async () => {
    const el = await make({ onset: isoBefore(30), 'emergency-number': '112' });
    const check = async () => {
      expect(textOf(shadow(el, '.fine'))).to.contain('not a diagnosis');
      const signs = shadow<HTMLDetailsElement>(el, 'details[part=warning-signs]');
      expect(textOf(signs.querySelector('summary')!)).to.equal('When to get emergency help');
      signs.open = true;
      expect(shadowAll(el, '[part=signs] li').map(textOf)).to.deep.equal(EMERGENCY_SIGNS.map((s) => s.text()));
      expect(textOf(shadow(el, '.cta-text'))).to.contain('call 112 or go to the nearest emergency department');
      expect(shadow(el, 'a[part=call]').getAttribute('href')).to.equal('tel:112');
      await expect(el).to.be.accessible();
      signs.open = false;
    };
    await check();
    await startRound(el);
    await check();
    await advance(el, 15 * MIN);
    await check();
    await click(el, '[part=done-button]');
    await check();
  });

  it('speaks Spanish, with a 24-hour clock', async () => {
    await setLocale('es');
    try {
      const el = await make();
      expect(heading(el)).to.equal('Hielo o calor');
      await startRound(el);
      expect(polite(el)).to.equal('Sesión de hielo iniciada. Termina a las 14:15.');
    } finally {
      await setLocale('en');
    }
  });

  describe('in Spanish, no English is left on the new screens', () => {
    /** Words that would only be there in English. */
    const ENGLISH = /\b(the|and|your|you|skin|swollen|pause|round|heat|ice|not sure|when|if|emergency|help)\b/i;
    const words = (el: HeatIceTimer) => {
      for (const d of shadowAll<HTMLDetailsElement>(el, 'details')) d.open = true;
      return [...el.shadowRoot!.children].map((c) => textOf(c)).join(' ');
    };
    afterEach(() => setLocale('en'));

    it('the checklist, the swelling question, a paused round, the end and the warning signs', async () => {
      await setLocale('es');
      const el = await make();
      const screens: string[] = [words(el)];
      await click(el, 'input[value=heat]');
      screens.push(words(el));
      shadowAll(el, '[part=swelling] button')[2]!.click();
      await el.updateComplete;
      screens.push(words(el));
      await startRound(el);
      await click(el, '[part=pause-button]');
      screens.push(words(el));
      await advance(el, 15 * MIN + 1);
      screens.push(words(el));
      await advance(el, 60 * MIN);
      expect(el.getAttribute('state')).to.equal('idle');
      screens.push(words(el));
      await click(el, 'input[value=heat]');
      shadowAll(el, '[part=swelling] button')[0]!.click();
      await el.updateComplete;
      screens.push(words(el));
      await startRound(el);
      await advance(el, 15 * MIN);
      screens.push(words(el));
      for (const text of screens) expect(text).not.to.match(ENGLISH);
      expect(screens.join(' ')).to.contain('hinchada').and.contain('911').and.contain('la pausa duró más que la sesión');
      expect(screens.join(' ')).not.to.contain('compresa');
    });
  });
});
