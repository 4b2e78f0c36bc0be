import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import type { HeatIceTimer } from '../../../src/elements/heat-ice-timer/heat-ice-timer.js';
import { SteadyClock } from '../../../src/core/clock.js';
import { memoryStore, STORAGE_PREFIX, type KeyValueStore } from '../../../src/core/storage.js';
import { cancel } from '../../../src/logic/heat-ice-timer.js';
import { FakeClock } from '../../fake-clock.js';
import { BlockedSound, FakeSound } from '../../fake-sound.js';
import { captureWarnings, moveElsewhere, recordEvents, shadow, shadowAll, shadowText, textOf } from '../../helpers.js';
import { otherTab } from './other-tab.js';

// The shared controllers as the timer uses them (issue 11): settings of any
// type, a move in the page, clock changes, two timers and two tabs, focus.

const MIN = 60_000;
const T0 = new Date(2026, 10, 20, 14, 0, 0).getTime();
const KEY = `${STORAGE_PREFIX}heat-ice-timer:test`;
const ONSET = '2026-11-19T08:00';

let clock: FakeClock;
let sound: FakeSound;
let store: KeyValueStore;
const made: Element[] = [];

async function make(
  props: Partial<Record<keyof HeatIceTimer, unknown>> = {},
  options: { key?: string | null; storage?: KeyValueStore | null; clock?: { now(): number } } = {},
): Promise<HeatIceTimer> {
  const el = document.createElement('heat-ice-timer');
  el.clock = options.clock ?? clock;
  el.sound = sound;
  el.storage = options.storage === undefined ? store : options.storage;
  el.setAttribute('onset', ONSET);
  if (options.key !== null) el.setAttribute('storage-key', options.key ?? 'test');
  Object.assign(el, props);
  document.body.append(el);
  made.push(el);
  await el.updateComplete;
  return el;
}

async function startRound(el: HeatIceTimer): Promise<void> {
  for (const box of shadowAll<HTMLInputElement>(el, '.check input')) if (!box.checked) box.click();
  await el.updateComplete;
  shadow(el, '[part=start-button]').click();
  await el.updateComplete;
}

async function repaint(el: HeatIceTimer): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
}

const time = (el: HeatIceTimer) => textOf(shadow(el, '[part=time]'));
const startLabel = (el: HeatIceTimer) => textOf(shadow(el, '[part=start-button]'));
const markup = (el: HeatIceTimer) => el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('<heat-ice-timer> on the shared controllers', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clock = new FakeClock(T0);
    sound = new FakeSound();
    store = memoryStore();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    made.forEach((el) => el.remove());
    made.length = 0;
  });

  describe('every numeric and boolean setting as a property of each type', () => {
    const numeric: [prop: keyof HeatIceTimer, attribute: string, value: number, shows: (el: HeatIceTimer) => string, fallback: string][] = [
      ['minutes', 'minutes', 12, startLabel, 'Start 15 minutes of ice'],
      ['restMinutes', 'rest-minutes', 90, (el) => textOf(shadow(el, '.note')), 'Afterwards, rest your skin for 60 minutes before the next round.'],
      ['iceHours', 'ice-hours', 24, (el) => textOf(shadow(el, '[part=advice] p')), "It's 30 hours since your pain began: ice is usual for the first 48 hours."],
      ['headingLevel', 'heading-level', 4, (el) => shadow(el, '[part=heading]').getAttribute('aria-level')!, '2'],
    ];
    for (const [prop, attribute, value, shows, fallback] of numeric) {
      it(`${prop}: "${value}" and ${value} render the same; null is the default; true is the default with one warning`, async () => {
        const asText = await make({ [prop]: String(value) });
        const asNumber = await make({ [prop]: value }, { key: 'b' });
        expect(markup(asNumber)).to.equal(markup(asText));
        expect(shows(asNumber)).to.not.equal(fallback);
        const asNull = await make({ [prop]: null }, { key: 'c' });
        expect(shows(asNull)).to.equal(fallback);
        expect(warnings.messages).to.deep.equal([]);
        const asBoolean = await make({ [prop]: true }, { key: 'd' });
        await repaint(asBoolean);
        expect(shows(asBoolean)).to.equal(fallback);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<heat-ice-timer> ${attribute}="true"`);
      });
    }

    it('muted: true, "true" and "" mute; false, "false" and null do not; 1 warns once and does not', async () => {
      for (const [muted, silent] of [[true, true], ['true', true], ['', true], [false, false], ['false', false], [null, false], [1, false]] as const) {
        sound = new FakeSound();
        const el = await make({ muted }, { storage: null });
        await startRound(el);
        expect(sound.pending.length, `muted = ${JSON.stringify(muted)}`).to.equal(silent ? 0 : 1);
        el.remove();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('muted="1"');
    });
  });

  it('moved in the page mid-round keeps counting, ends and chimes', async () => {
    const el = await make();
    const completes = recordEvents(el, 'spasm-timer-complete');
    await startRound(el);
    made.push(moveElsewhere(el));
    expect(sound.pending, 'booked again after the move').to.have.length(1);
    clock.advance(5 * MIN);
    // No repaint from the test: the timer's own ticker must be running again.
    await waitUntil(() => shadowText(el, '[part=time]') === '10:00', 'counting after the move');
    clock.advance(10 * MIN);
    await waitUntil(() => el.getAttribute('state') === 'done', 'ends after the move');
    expect(completes).to.have.length(1);
    expect(textOf(shadow(el, '[aria-live=assertive]'))).to.equal("Time's up: take the pack off.");
    expect(sound.pending, 'the end chime is left to ring').to.have.length(1);
    expect(sound.vibrations).to.equal(1);
  });

  describe('the device clock changed mid-round', () => {
    let wall: number;
    let mono: number;
    let steady: SteadyClock;
    beforeEach(() => {
      wall = T0;
      mono = 0;
      steady = new SteadyClock({ wall: () => wall, mono: () => mono }, {});
    });

    it('set back 60 minutes: the round still ends 15 minutes after it began', async () => {
      const el = await make({}, { clock: steady });
      await startRound(el);
      mono += 5 * MIN;
      wall += 5 * MIN - 60 * MIN;
      await repaint(el);
      expect(time(el)).to.equal('10:00');
      mono += 10 * MIN - 1;
      wall += 10 * MIN - 1;
      await repaint(el);
      expect(el.getAttribute('state')).to.equal('running');
      mono += 1;
      await repaint(el);
      expect(el.getAttribute('state')).to.equal('done');
    });

    it('set forward 60 minutes while on screen: ignored, the round does not end early', async () => {
      const el = await make({}, { clock: steady });
      await startRound(el);
      mono += 5 * MIN;
      wall += 65 * MIN;
      await repaint(el);
      expect(time(el)).to.equal('10:00');
      expect(sound.pending.map((s) => s.kind)).to.deep.equal(['end']);
    });

    it('jumped forward (time away counted on waking): the original chime is cancelled and one booked for the time left', async () => {
      const el = await make({}, { clock: steady });
      await startRound(el);
      steady.hide();
      wall += 10 * MIN; // asleep: the monotonic clock stood still
      steady.show();
      await repaint(el);
      expect(time(el)).to.equal('5:00');
      expect(sound.scheduled[0]!.cancelled, 'the first booking cannot ring late').to.equal(true);
      expect(sound.pending).to.deep.equal([{ delayMs: 5 * MIN, kind: 'end', cancelled: false }]);
    });
  });

  it('after a reload with sound held by the browser, says "Tap to turn the sound back on" on a real button that unlocks it', async () => {
    const first = await make();
    await startRound(first);
    first.remove();
    const blocked = new BlockedSound();
    sound = blocked;
    const el = await make();
    await el.updateComplete;
    const button = shadow<HTMLButtonElement>(el, '[part=sound-button]');
    expect(button.localName).to.equal('button');
    expect(textOf(button)).to.equal('Tap to turn the sound back on');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(blocked.unlocked).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part=sound-button]')).to.equal(null);
  });

  describe('two timers, two tabs', () => {
    it('two timers without an id on one page get their own keys, with one warning naming the clash, and keep them across a reload', async () => {
      const a = await make({}, { key: null });
      const b = await make({}, { key: null });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`"${STORAGE_PREFIX}heat-ice-timer:${location.pathname}"`).and.contain('~2');
      await startRound(a);
      expect(b.getAttribute('state')).to.equal('idle');
      a.remove();
      b.remove();
      const a2 = await make({}, { key: null });
      const b2 = await make({}, { key: null });
      expect(a2.getAttribute('state')).to.equal('running');
      expect(b2.getAttribute('state')).to.equal('idle');
    });

    it('a round cancelled in a second tab stops in the first, which does not write over the cancel', async () => {
      localStorage.removeItem(KEY);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      made.push(frame);
      try {
        const el = await make({}, { storage: localStorage });
        await startRound(el);
        clock.advance(3 * MIN);
        await repaint(el);
        // The second tab: the same origin's storage, through the same record.
        const other = otherTab(frame.contentDocument!, frame.contentWindow!.localStorage, KEY);
        expect(other.write(cancel(other.read()!, clock.now()))).to.equal(true);
        await waitUntil(() => el.getAttribute('state') !== 'running', 'stopped in the first tab');
        expect(el.getAttribute('state')).to.equal('resting');
        expect(sound.pending, 'no "Time\'s up" chime left').to.deep.equal([]);
        clock.advance(15 * MIN);
        await repaint(el);
        expect(el.getAttribute('state')).to.not.equal('done');
        expect(other.read()!.round, 'the cancel stands').to.equal(null);
        other.hostDisconnected();
      } finally {
        localStorage.removeItem(KEY);
      }
    });
  });

  describe('focus', () => {
    it('stays on an outside input while the round ends and while the rest ends', async () => {
      const input = document.createElement('input');
      document.body.append(input);
      made.push(input);
      const el = await make();
      await startRound(el);
      input.focus();
      clock.advance(15 * MIN);
      await repaint(el);
      expect(el.getAttribute('state')).to.equal('done');
      shadow(el, '[part=done-button]').click();
      await el.updateComplete;
      input.focus();
      clock.advance(60 * MIN);
      await repaint(el);
      expect(el.getAttribute('state')).to.equal('idle');
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
    });

    it('follows the patient: Start takes it to the heading', async () => {
      const el = await make();
      await startRound(el);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[part=heading]'));
    });
  });
});
