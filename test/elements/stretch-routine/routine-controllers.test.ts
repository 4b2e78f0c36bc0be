import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/stretch-routine/stretch-routine.js';
import type { StretchRoutine } from '../../../src/elements/stretch-routine/stretch-routine.js';
import { SteadyClock } from '../../../src/core/clock.js';
import { FakeClock } from '../../fake-clock.js';
import { FakeSound } from '../../fake-sound.js';
import { captureWarnings, moveElsewhere, press, recordEvents, shadow, shadowText, textOf } from '../../helpers.js';

// The shared controllers as the routine uses them (issue 11): settings of any
// type, a move in the page, clock changes, focus, events after render.

const S = 1000;

let clock: FakeClock;
let sound: FakeSound;
const made: Element[] = [];

async function make(props: Partial<Record<keyof StretchRoutine, unknown>> = {}, c: { now(): number } = clock): Promise<StretchRoutine> {
  const el = document.createElement('stretch-routine');
  el.clock = c;
  el.sound = sound;
  Object.assign(el, props);
  document.body.append(el);
  made.push(el);
  await el.updateComplete;
  shadow(el, '[part=begin-button]').click();
  await el.updateComplete;
  return el;
}

const repaint = async (el: StretchRoutine) => {
  el.requestUpdate();
  await el.updateComplete;
};
const time = (el: StretchRoutine) => textOf(shadow(el, '[part=time]'));
const markup = (el: StretchRoutine) => el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '');

describe('<stretch-routine> on the shared controllers', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    clock = new FakeClock();
    sound = new FakeSound();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    made.forEach((el) => el.remove());
    made.length = 0;
  });

  describe('every numeric and boolean setting as a property of each type', () => {
    const numeric: [prop: keyof StretchRoutine, attribute: string, value: number, stretches: string, shows: string][] = [
      ['reps', 'reps', 8, 'cat-cow', '8 slow breaths.'],
      ['holdSeconds', 'hold-seconds', 25, 'knee-to-chest', 'Hold 25 seconds for each leg.'],
    ];
    for (const [prop, attribute, value, stretches, shows] of numeric) {
      it(`${prop}: "${value}" and ${value} render the same; null is the default; true is the default with one warning`, async () => {
        const asText = await make({ stretches, [prop]: String(value) });
        const asNumber = await make({ stretches, [prop]: value });
        expect(textOf(shadow(asNumber, '.cue'))).to.contain(shows);
        expect(markup(asNumber)).to.equal(markup(asText));
        const asNull = await make({ stretches, [prop]: null });
        expect(textOf(shadow(asNull, '.cue'))).to.not.contain(shows);
        expect(warnings.messages).to.deep.equal([]);
        const asBoolean = await make({ stretches, [prop]: true });
        expect(markup(asBoolean)).to.equal(markup(asNull));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<stretch-routine> ${attribute}="true"`);
      });
    }

    it('pregnant: true, "true" and "" leave out the press-up; false, "false" and null do not; 1 warns once', async () => {
      for (const [pregnant, on] of [[true, true], ['true', true], ['', true], [false, false], ['false', false], [null, false], [1, false]] as const) {
        const el = await make({ pregnant });
        expect(el.shadowRoot!.textContent, `pregnant = ${JSON.stringify(pregnant)}`).to.contain(on ? 'Stretch 1 of 4' : 'Stretch 1 of 5');
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('pregnant="1"');
    });

    it('muted: true, "true" and "" book no chime; false, "false" and null do; 1 warns once', async () => {
      for (const [muted, silent] of [[true, true], ['true', true], ['', true], [false, false], ['false', false], [null, false], [1, false]] as const) {
        sound = new FakeSound();
        const el = await make({ muted, stretches: 'child-pose' });
        await press(el, 'Start');
        expect(sound.pending.length, `muted = ${JSON.stringify(muted)}`).to.equal(silent ? 0 : 1);
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('muted="1"');
    });
  });

  it('moved in the page mid-hold keeps counting, moves on and chimes', async () => {
    const el = await make({ stretches: 'child-pose,cat-cow' });
    await press(el, 'Start');
    made.push(moveElsewhere(el));
    expect(sound.pending, 'booked again after the move').to.have.length(1);
    clock.advance(15 * S);
    await waitUntil(() => shadowText(el, '[part=time]') === '0:30', 'counting after the move');
    clock.advance(30 * S);
    await waitUntil(() => el.getAttribute('stretch') === 'cat-cow', 'moved on after the move');
    expect(textOf(shadow(el, '[aria-live=polite]'))).to.contain("Child's pose done.");
    expect(sound.pending.map((c) => c.kind), 'the end chime is left to ring').to.deep.equal(['soft']);
  });

  describe('the device clock changed mid-hold', () => {
    it('set back 60 minutes: the hold still ends on time', async () => {
      let wall = Date.UTC(2026, 10, 20, 9, 0);
      let mono = 0;
      const steady = new SteadyClock({ wall: () => wall, mono: () => mono }, {});
      const el = await make({ stretches: 'child-pose' }, steady);
      await press(el, 'Start');
      mono += 15 * S;
      wall += 15 * S - 3600 * S;
      await repaint(el);
      expect(time(el)).to.equal('0:30');
      mono += 30 * S;
      await repaint(el);
      expect(el.getAttribute('state')).to.equal('done');
    });

    it('jumped forward: the chimes booked before are cancelled and booked again for the time left', async () => {
      const el = await make({ stretches: 'knee-to-chest' });
      await press(el, 'Start');
      clock.jump(10 * S);
      await repaint(el);
      expect(time(el)).to.equal('0:20');
      expect(sound.scheduled.slice(0, 2).map((c) => c.cancelled)).to.deep.equal([true, true]);
      expect(sound.pending.map((c) => c.delayMs)).to.deep.equal([20 * S, 50 * S]);
    });
  });

  describe('focus', () => {
    it('does not move to its heading when a stretch ends on its own while the patient types in an outside input', async () => {
      const input = document.createElement('input');
      document.body.append(input);
      made.push(input);
      const el = await make({ stretches: 'child-pose,cat-cow' });
      await press(el, 'Start');
      input.focus();
      clock.advance(45 * S);
      await repaint(el);
      expect(el.getAttribute('stretch')).to.equal('cat-cow');
      await el.updateComplete;
      expect(document.activeElement).to.equal(input);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('does follow when focus was in the routine (its Pause button goes)', async () => {
      const el = await make({ stretches: 'child-pose,cat-cow' });
      await press(el, 'Start');
      shadow(el, '[part=main-button]').focus();
      clock.advance(45 * S);
      await repaint(el);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.heading'));
    });
  });

  it('fires complete and stop after the screen they describe is rendered', async () => {
    const el = await make({ stretches: 'child-pose' });
    const seen: string[] = [];
    const look = () => seen.push(textOf(shadow(el, '.heading')));
    el.addEventListener('spasm-routine-complete', look);
    el.addEventListener('spasm-routine-stop', look);
    const stops = recordEvents(el, 'spasm-routine-stop');
    await press(el, 'Start');
    clock.advance(45 * S);
    await repaint(el);
    expect(seen).to.deep.equal(['All done']);
    await press(el, 'Start again');
    shadow(el, '[part=begin-button]').click();
    await el.updateComplete;
    await press(el, 'End the routine');
    expect(seen).to.deep.equal(['All done', 'Routine ended']);
    expect(stops).to.deep.equal([{ completed: [], reason: 'user' }]);
  });
});
