import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spasm-triage/spasm-triage.js';
import type { SpasmTriage } from '../../../src/elements/spasm-triage/spasm-triage.js';
import { EMERGENCY_SIGNS } from '../../../src/content/red-flags.js';
import { FakeClock } from '../../fake-clock.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';
import { itWithDevTools } from '../../engines.js';

interface Result {
  disposition: string;
  reasons: string[];
  answers: Record<string, string>;
}

const heading = (el: SpasmTriage) => textOf(shadow(el, '.step-heading'));
const focused = (el: SpasmTriage) => el.shadowRoot!.activeElement;
const buttons = (el: SpasmTriage) => shadowAll<HTMLButtonElement>(el, 'button');
const button = (el: SpasmTriage, text: string) => {
  const found = buttons(el).find((b) => textOf(b) === text);
  if (!found) throw new Error(`no button "${text}" on "${heading(el)}": ${buttons(el).map(textOf).join(' | ')}`);
  return found;
};
const progress = (el: SpasmTriage) => textOf(shadow(el, '.progress p'));

async function press(el: SpasmTriage, text: string) {
  button(el, text).click();
  await el.updateComplete;
}

async function tick(el: SpasmTriage, ...ids: string[]) {
  for (const id of ids) {
    shadow<HTMLInputElement>(el, `input[name="${id}"]`).click();
    await el.updateComplete;
  }
}

/** The answers of a patient with nothing to report, screen by screen (button labels). */
const CALM_20_50 = ['None of these', '20 to 50', 'No', 'None of these', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these'];

async function walk(el: SpasmTriage, taps: string[]) {
  await press(el, 'Start');
  for (const t of taps) {
    if (t.startsWith('tick:')) await tick(el, ...t.slice(5).split('+'));
    else await press(el, t);
  }
}

const triage = (attrs = '') => fixture<SpasmTriage>(`<spasm-triage ${attrs}></spasm-triage>`);
const CLINIC = 'booking-url="/book" clinic-phone="555-0100" clinic-name="Riverside Family Clinic"';

describe('<spasm-triage>', () => {
  describe('start screen', () => {
    it('says what this is, that it is not a diagnosis, how to get emergency help, and offers Start', async () => {
      const el = await triage();
      expect(heading(el)).to.equal('Check your back pain');
      expect(shadowAll(el, 'p').map(textOf).join(' ')).to.contain('not a diagnosis').and.contain("If you think it's an emergency, call 911 now.");
      expect(el.hasAttribute('disposition')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('the emergency signs come first', () => {
    it('asks every §6 sign since the pain started, even if it stopped, with None and Not sure', async () => {
      const el = await triage();
      await press(el, 'Start');
      expect(heading(el)).to.equal('Just to be safe');
      expect(textOf(shadow(el, 'legend'))).to.contain('Since your back pain started').and.contain('even if they have stopped');
      expect(shadowAll(el, '.option span').map(textOf)).to.deep.equal(EMERGENCY_SIGNS.map((s) => s.text()));
      expect(buttons(el).map(textOf)).to.include.members(['Next', 'None of these', "I'm not sure about some", 'Back']);
      expect(progress(el)).to.match(/^Step 1 of \d+$/);
      await expect(el).to.be.accessible();
    });

    for (const sign of EMERGENCY_SIGNS) {
      it(`${sign.id} ticked: the emergency care card at once, no more questions`, async () => {
        const el = await triage();
        const events = recordEvents<Result>(el, 'spasm-triage-result');
        await walk(el, [`tick:${sign.id}`, 'Next']);
        expect(el.getAttribute('disposition')).to.equal('emergency');
        expect(textOf(shadow(el, '.card .step-heading'))).to.equal('Call 911 now');
        expect(textOf(shadow(el, '.told'))).to.contain(sign.text());
        await el.updateComplete;
        expect(events).to.have.length(1);
        expect(events[0]!.disposition).to.equal('emergency');
        expect(events[0]!.reasons).to.deep.equal([sign.id]);
        expect(events[0]!.answers[sign.id]).to.equal('yes');
        expect(Object.keys(events[0]!.answers)).to.have.members(EMERGENCY_SIGNS.map((s) => s.id));
      });
    }

    it('the emergency card: call now, do not drive, do not wait, take the answers; a tel: button', async () => {
      const el = await triage();
      await walk(el, ['tick:chest-pain', 'Next']);
      const card = textOf(shadow(el, '.card'));
      expect(card).to.contain('Emergency').and.contain('Do not drive yourself').and.contain('do not wait').and.contain('Take the list of your answers');
      expect(card).to.contain('not a diagnosis');
      expect(shadow<HTMLAnchorElement>(el, '.card a.call').getAttribute('href')).to.equal('tel:911');
      expect(focused(el)).to.equal(shadow(el, '.card .step-heading'));
      await expect(el).to.be.accessible();
    });

    it('"not sure about some" asks only the signs not ticked; not sure about bladder control is an emergency', async () => {
      const el = await triage();
      await walk(el, ["I'm not sure about some"]);
      expect(textOf(shadow(el, 'legend'))).to.equal('Which of these are you not sure about? Tick each one.');
      expect(progress(el)).to.match(/^Step 1 of/);
      await expect(el).to.be.accessible();
      await tick(el, 'bladder-bowel');
      await press(el, 'Next');
      expect(el.getAttribute('disposition')).to.equal('emergency');
      expect(textOf(shadow(el, '.told'))).to.contain('You were not sure, so we are playing it safe.');
    });

    it('not sure about a serious accident gives urgent and the questions go on', async () => {
      const el = await triage();
      await walk(el, ["I'm not sure about some", 'tick:severe-injury', 'Next']);
      expect(heading(el)).to.equal('How old are you?');
      for (const tap of CALM_20_50.slice(1)) await press(el, tap);
      expect(el.getAttribute('disposition')).to.equal('urgent');
      expect(textOf(shadow(el, '.told'))).to.contain('serious accident').and.contain('not sure');
    });

    it('Next with nothing ticked says what to do, with the one error pattern', async () => {
      const el = await triage();
      await walk(el, ['Next']);
      const error = shadow(el, '.error');
      expect(textOf(error)).to.equal('Error: Tick the ones you have had, or choose "None of these".');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(shadow(el, 'fieldset').getAttribute('aria-describedby')).to.equal('error');
      expect(shadow(el, 'input').getAttribute('aria-invalid')).to.equal('true');
      await el.updateComplete;
      expect(focused(el)).to.equal(shadow(el, 'input'));
      await expect(el).to.be.accessible();
    });
  });

  describe('a patient with nothing to report', () => {
    it('reaches self-care in ten screens or fewer, one tap each, and the step count never goes back', async () => {
      const el = await triage(CLINIC);
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await press(el, 'Start');
      let screens = 2;
      let last = 0;
      for (const tap of CALM_20_50) {
        const n = Number(/Step (\d+)/.exec(progress(el))![1]);
        expect(n, heading(el)).to.be.greaterThan(last);
        last = n;
        await expect(el).to.be.accessible();
        await press(el, tap);
        screens++;
      }
      expect(screens).to.be.at.most(10);
      expect(el.getAttribute('disposition')).to.equal('self-care');
      await el.updateComplete;
      expect(events[0]).to.deep.include({ disposition: 'self-care', reasons: [] });
      expect(events[0]!.answers).to.include({ age: '20-50', pregnant: 'no', 'pain-where': 'low', 'pain-start': 'by-itself', fever: 'no' });
      await expect(el).to.be.accessible();
    });

    it('the self-care card fits one phone screen before its details', async () => {
      await setViewport({ width: 375, height: 667 });
      try {
        const el = await triage(CLINIC);
        await walk(el, CALM_20_50);
        const card = shadow(el, '.card').getBoundingClientRect();
        expect(card.bottom - el.getBoundingClientRect().top).to.be.at.most(667);
        expect(textOf(shadow(el, '.card'))).to.contain('Look after your back at home').and.contain('not a diagnosis').and.contain('call 911');
        const rest = textOf(el.shadowRoot!.querySelector('.outcome')!);
        expect(rest).to.contain('Your home-care plan').and.contain('When to see a doctor').and.contain('Warning signs');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('urgent: get medical help today', () => {
    it('a fever: call the clinic today for a same-day appointment, with its phone and booking link', async () => {
      const el = await triage(CLINIC);
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await walk(el, ['None of these', '20 to 50', 'No', 'tick:fever', 'Next', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these']);
      expect(el.getAttribute('disposition')).to.equal('urgent');
      const card = textOf(shadow(el, '.card'));
      expect(card).to.contain('Urgent: today').and.contain('Get medical help today').and.contain('same-day appointment');
      expect(card).to.contain('If you cannot be seen today, go to an emergency department');
      expect(shadow<HTMLAnchorElement>(el, '.card .call-clinic').getAttribute('href')).to.equal('tel:555-0100');
      expect(shadow<HTMLAnchorElement>(el, '.card .book').getAttribute('href')).to.equal('/book');
      expect(textOf(shadow(el, '.told'))).to.contain('38');
      await el.updateComplete;
      expect(events[0]!.reasons).to.deep.equal(['fever']);
      await expect(el).to.be.accessible();
    });

    it('a pregnancy warning says to call the midwife or maternity unit now', async () => {
      const el = await triage();
      await walk(el, ['None of these', '20 to 50', 'Yes', 'tick:pregnancy-warning', 'Next', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these']);
      expect(el.getAttribute('disposition')).to.equal('urgent');
      expect(textOf(shadow(el, '.card .step-heading'))).to.equal('Call your midwife or maternity unit now');
      // Home care for someone pregnant never suggests NSAIDs.
      expect(textOf(shadow(el, '.outcome'))).not.to.contain('ease pain and swelling');
    });

    it('pain between the shoulder blades is urgent', async () => {
      const el = await triage();
      await walk(el, ['None of these', '51 to 69', 'None of these', 'None of these', 'High in my back, between my shoulder blades', 'It came on without any of these', 'No', 'None of these']);
      expect(el.getAttribute('disposition')).to.equal('urgent');
      expect(textOf(shadow(el, '.told'))).to.contain('between your shoulder blades');
    });
  });

  describe('see a doctor', () => {
    it('says how soon (days to two weeks), links to booking, and fits one phone screen', async () => {
      await setViewport({ width: 375, height: 667 });
      try {
        const el = await triage(CLINIC);
        await walk(el, [...CALM_20_50.slice(0, -1), 'tick:recurring', 'Next']);
        expect(el.getAttribute('disposition')).to.equal('see-doctor');
        const card = textOf(shadow(el, '.card'));
        expect(card).to.contain('Book an appointment with a doctor').and.contain('Within the next few days to two weeks');
        expect(shadow(el, '.card').getBoundingClientRect().bottom - el.getBoundingClientRect().top).to.be.at.most(667);
        expect(textOf(shadow(el, '.outcome'))).to.contain('Until you see a doctor');
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('very bad pain no better after a few days: within the next few days', async () => {
      const el = await triage();
      await walk(el, [...CALM_20_50.slice(0, -1), 'tick:not-improving', 'Next']);
      expect(textOf(shadow(el, '.card'))).to.contain('Within the next few days.');
    });

    it('under 16: a doctor should check a child\'s back pain, and never aspirin', async () => {
      const el = await triage();
      await walk(el, ['None of these', 'Under 16', 'None of these', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these']);
      expect(el.getAttribute('disposition')).to.equal('see-doctor');
      const text = textOf(shadow(el, '.outcome'));
      expect(text).to.contain("a doctor should check a child's back pain").and.contain('Never give aspirin to anyone under 16');
    });

    it('without booking details: book with your own doctor', async () => {
      const el = await triage();
      await walk(el, [...CALM_20_50.slice(0, -1), 'tick:duration', 'Next']);
      expect(textOf(shadow(el, '.card'))).to.contain('Book it with your doctor');
      expect(shadowAll(el, '.card a')).to.have.length(0);
    });
  });

  describe('every outcome', () => {
    it('"Change my answers" goes back to the first step with every answer kept', async () => {
      const el = await triage();
      await walk(el, [...CALM_20_50.slice(0, -1), 'tick:recurring', 'Next']);
      await press(el, 'Change my answers');
      expect(heading(el)).to.equal('Just to be safe');
      await press(el, 'None of these');
      expect(shadowAll<HTMLButtonElement>(el, '.choice[aria-pressed=true]').map(textOf)).to.deep.equal(['20 to 50']);
    });

    it('Back keeps the answers, and the step count follows', async () => {
      const el = await triage();
      await walk(el, ['None of these', '70 or over']);
      expect(heading(el)).to.equal('Other signs');
      await press(el, 'Back');
      expect(heading(el)).to.equal('How old are you?');
      expect(shadowAll(el, '.choice[aria-pressed=true]').map(textOf)).to.deep.equal(['70 or over']);
    });

    it('"Start again" and reset() forget everything', async () => {
      const el = await triage();
      await walk(el, ['tick:both-legs', 'Next']);
      await press(el, 'Start again');
      expect(heading(el)).to.equal('Check your back pain');
      expect(el.hasAttribute('disposition')).to.equal(false);
      await walk(el, ['tick:chest-pain', 'Next']);
      el.reset();
      await el.updateComplete;
      expect(heading(el)).to.equal('Check your back pain');
      await press(el, 'Start');
      expect(shadowAll<HTMLInputElement>(el, 'input').filter((i) => i.checked)).to.have.length(0);
    });

    itWithDevTools('Print: the printout has the card, the answers and the date, without buttons (Chromium only: print emulation)', async () => {
      const el = await triage(CLINIC);
      (el as unknown as { clock: FakeClock }).clock = new FakeClock(Date.UTC(2026, 10, 20, 12));
      await walk(el, CALM_20_50);
      const date = shadow(el, '.print-only');
      expect(textOf(date) || date.textContent!.trim()).to.contain('November');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(date).display).to.equal('block');
        for (const b of buttons(el)) expect(getComputedStyle(b).display, textOf(b)).to.equal('none');
        expect(getComputedStyle(shadow(el, '.answers')).display).to.equal('block');
        expect(getComputedStyle(shadow(el, '.card')).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('Print opens the print dialog', async () => {
      const el = await triage();
      await walk(el, CALM_20_50);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await press(el, 'Print');
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });
  });

  describe('keyboard only', () => {
    it('reaches an outcome with Tab, Space and Enter alone', async () => {
      const el = await triage();
      shadow(el, 'button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Just to be safe');
      // Tick a sign with the keyboard, then Tab to Next.
      await sendKeys({ press: 'Tab' });
      expect((focused(el) as HTMLInputElement).name).to.equal('bladder-bowel');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(shadow<HTMLInputElement>(el, 'input[name=bladder-bowel]').checked).to.equal(true);
      for (let i = 0; i < EMERGENCY_SIGNS.length; i++) await sendKeys({ press: 'Tab' });
      expect(textOf(focused(el)!)).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.getAttribute('disposition')).to.equal('emergency');
      expect(focused(el)).to.equal(shadow(el, '.card .step-heading'));
    });

    it('answers a question with Enter on its button', async () => {
      const el = await triage();
      await walk(el, ['None of these']);
      shadowAll<HTMLButtonElement>(el, '.choice')[2]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Could you be pregnant?');
    });
  });

  describe('kiosk', () => {
    it('front-desk wording, no links or Print, 48 px targets', async () => {
      const el = await triage(`kiosk ${CLINIC}`);
      await walk(el, ['tick:chest-pain', 'Next']);
      expect(textOf(shadow(el, '.card .step-heading'))).to.equal('Tell the front desk now');
      expect(shadowAll(el, 'a')).to.have.length(0);
      expect(buttons(el).map(textOf)).not.to.include('Print');
      for (const b of buttons(el)) expect(b.getBoundingClientRect().height, textOf(b)).to.be.at.least(48);
      await press(el, 'Start again');
      await walk(el, ['None of these', '20 to 50', 'No', 'tick:fever', 'Next', 'None of these', 'Low in my back', 'It came on without any of these', 'None of these']);
      expect(textOf(shadow(el, '.card'))).to.contain('Tell the front desk now that you need to be seen today');
      expect(shadowAll(el, 'a')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad attribute values', () => {
    it('refuses a javascript: booking-url with one warning, and shows no link', async () => {
      const w = captureWarnings();
      try {
        const el = await triage('booking-url="javascript:alert(1)"');
        await walk(el, [...CALM_20_50.slice(0, -1), 'tick:duration', 'Next']);
        expect(shadowAll(el, 'a.book')).to.have.length(0);
        expect(w.messages.filter((m) => m.includes('booking-url'))).to.have.length(1);
      } finally {
        w.restore();
      }
    });

    it('drops a bad clinic-phone and a bad emergency-number with one warning each', async () => {
      const w = captureWarnings();
      try {
        const el = await triage('clinic-phone="call us" emergency-number="help"');
        await walk(el, ['tick:chest-pain', 'Next']);
        expect(textOf(shadow(el, '.card .step-heading'))).to.equal('Call 911 now');
        expect(w.messages.filter((m) => m.includes('clinic-phone'))).to.have.length(1);
        expect(w.messages.filter((m) => m.includes('emergency-number'))).to.have.length(1);
      } finally {
        w.restore();
      }
    });

    it('clamps heading-level with one warning, and sections sit one level below', async () => {
      const w = captureWarnings();
      try {
        const el = await triage('heading-level="9"');
        await walk(el, CALM_20_50);
        expect(shadow(el, '.step-heading').getAttribute('aria-level')).to.equal('6');
        expect(w.messages.filter((m) => m.includes('heading-level'))).to.have.length(1);
        const el3 = await triage('heading-level="3"');
        await walk(el3, CALM_20_50);
        expect(shadow(el3, '.told .subheading').getAttribute('aria-level')).to.equal('4');
      } finally {
        w.restore();
      }
    });
  });

  describe('on a page', () => {
    it('stores nothing', async () => {
      const before = localStorage.length;
      const el = await triage();
      await walk(el, CALM_20_50);
      expect(localStorage.length).to.equal(before);
    });

    it('the result event bubbles out of shadow roots', async () => {
      const el = await triage();
      const seen = recordEvents<Result>(document, 'spasm-triage-result');
      await walk(el, CALM_20_50);
      await el.updateComplete;
      expect(seen.map((d) => d.disposition)).to.deep.equal(['self-care']);
    });

    it('fits a 320 px screen at every step', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await triage(CLINIC);
        const fits = (where: string) => {
          for (const node of shadowAll(el, '*')) expect(node.getBoundingClientRect().right, where).to.be.at.most(321);
        };
        await press(el, 'Start');
        for (const tap of CALM_20_50.slice(0, -1)) {
          fits(heading(el));
          await press(el, tap);
        }
        await tick(el, 'recurring');
        await press(el, 'Next');
        fits('outcome');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});

describe('<spasm-triage> in Spanish', () => {
  /** Walks by position, not by words, so the same path runs in any language. */
  async function walkBy(el: SpasmTriage, path: (string | number)[]) {
    shadow(el, 'button').click();
    await el.updateComplete;
    for (const p of path) {
      if (typeof p === 'number') shadowAll<HTMLButtonElement>(el, '.choice')[p]!.click();
      else if (p === 'none') shadow(el, 'button.none').click();
      else if (p === 'next') shadow(el, 'button[type=submit]').click();
      else shadow<HTMLInputElement>(el, `input[name="${p}"]`).click();
      await el.updateComplete;
    }
    await el.updateComplete;
  }

  /** Every line of text in the shadow root, as a screen reader or a reader would meet it. */
  const lines = (el: SpasmTriage) =>
    [...el.shadowRoot!.querySelectorAll('*')]
      .flatMap((n) => [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent!.trim()))
      .concat(shadowAll(el, '[aria-label]').map((n) => n.getAttribute('aria-label')!))
      .filter((t) => /[a-z]{3}/i.test(t));

  const PATHS: Record<string, (string | number)[]> = {
    emergency: ['chest-pain', 'next'],
    urgent: ['none', 2, 1, 'fever', 'next', 'none', 0, 2, 'none'],
    'see-doctor': ['none', 2, 1, 'none', 'none', 0, 2, 'recurring', 'next'],
    'self-care': ['none', 2, 1, 'none', 'none', 0, 2, 'none'],
  };

  for (const [disposition, path] of Object.entries(PATHS)) {
    it(`${disposition}: no English left on any screen on the way, and the same outcome`, async () => {
      const { setLocale } = await import('../../../src/core/localization.js');
      const english = new Set<string>();
      const en = await triage(CLINIC);
      await walkBy(en, path);
      expect(en.getAttribute('disposition')).to.equal(disposition);
      lines(en).forEach((l) => english.add(l));
      await setLocale('es');
      try {
        const es = await triage(CLINIC);
        const seen: string[] = [];
        shadow(es, 'button').click();
        await es.updateComplete;
        for (const p of path) {
          seen.push(...lines(es));
          if (typeof p === 'number') shadowAll<HTMLButtonElement>(es, '.choice')[p]!.click();
          else if (p === 'none') shadow(es, 'button.none').click();
          else if (p === 'next') shadow(es, 'button[type=submit]').click();
          else shadow<HTMLInputElement>(es, `input[name="${p}"]`).click();
          await es.updateComplete;
        }
        await es.updateComplete;
        seen.push(...lines(es));
        expect(es.getAttribute('disposition')).to.equal(disposition);
        // Names the page gave (the clinic) are not ours to translate.
        const left = seen.filter((l) => english.has(l) && !l.includes('Riverside') && !/^[\d\s:–-]+$/.test(l));
        expect(left, 'English left on screen').to.deep.equal([]);
        await expect(es).to.be.accessible();
      } finally {
        await setLocale('en');
      }
    });
  }
});
