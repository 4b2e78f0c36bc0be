import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/elements/spasm-triage/spasm-triage.js';
import type { SpasmTriage } from '../../../src/elements/spasm-triage/spasm-triage.js';
import { RED_FLAGS } from '../../../src/content/red-flags.js';
import { FakeClock } from '../../fake-clock.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';
import { itWithDevTools } from '../../engines.js';

interface Result {
  disposition: string;
  reasons: string[];
  answers: { redFlags: string[]; questions: Record<string, string> };
}

/** Calm answers for every question; 3–6 days so that "no better after a few days" is asked. */
const CALM: [string, string][] = [
  ['duration', '3-6-days'],
  ['radiating', 'no'],
  ['injury', 'no'],
  ['not-improving', 'no'],
  ['recurring', 'no'],
];

const heading = (el: SpasmTriage) => textOf(shadow(el, '.step-heading'));
const focused = (el: SpasmTriage) => el.shadowRoot!.activeElement;
const button = (el: SpasmTriage, text: string) => {
  const found = shadowAll<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === text);
  if (!found) throw new Error(`no button "${text}" on "${heading(el)}"`);
  return found;
};

async function press(el: SpasmTriage, text: string) {
  button(el, text).click();
  await el.updateComplete;
}

async function tickFlag(el: SpasmTriage, id: string) {
  shadow<HTMLInputElement>(el, `input[value="${id}"]`).click();
  await el.updateComplete;
}

async function tickNone(el: SpasmTriage) {
  shadow<HTMLInputElement>(el, 'input[name=none]').click();
  await el.updateComplete;
}

/** Picks the radio with `value` on the current question and presses Next. */
async function answer(el: SpasmTriage, value: string) {
  shadow<HTMLInputElement>(el, `input[type=radio][value="${value}"]`).click();
  await el.updateComplete;
  await press(el, 'Next');
}

/** Start, "None of these apply to me", then each answer in turn. */
async function walk(el: SpasmTriage, answers: [string, string][]) {
  await press(el, 'Start');
  await tickNone(el);
  await press(el, 'Next');
  for (const [question, value] of answers) {
    expect(shadow(el, 'input[type=radio]').getAttribute('name'), 'question order').to.equal(question);
    await answer(el, value);
  }
}

// Attributes vary per test, so the fixture is written as a string.
const triage = (attrs = '') => fixture<SpasmTriage>(`<spasm-triage ${attrs}></spasm-triage>`);

describe('<spasm-triage>', () => {
  describe('start screen', () => {
    it('says what this is, that it is not a diagnosis, how to get emergency help, and offers Start', async () => {
      const el = await triage();
      expect(heading(el)).to.equal('Check your back pain');
      const text = shadowAll(el, 'p').map(textOf).join(' ');
      expect(text).to.contain('not a diagnosis');
      expect(text).to.contain('Nothing you answer is saved or sent.');
      expect(text).to.contain("If you think it's an emergency, call 911 now.");
      expect(button(el, 'Start')).to.exist;
      expect(el.hasAttribute('disposition')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('in kiosk mode sends the patient to the front desk, with the number it is given', async () => {
      const el = await triage('kiosk emergency-number="112"');
      expect(textOf(shadow(el, '.urgent-note'))).to.equal("If you think it's an emergency, tell the front desk now, or call 112.");
    });
  });

  describe('"Just to be safe" step', () => {
    it('lists every red flag as a checkbox in a fieldset, then "None of these apply to me"; focus on its heading', async () => {
      const el = await triage();
      await press(el, 'Start');
      expect(heading(el)).to.equal('Just to be safe');
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      expect(textOf(shadow(el, '.progress'))).to.equal('Step 1 of 6');
      expect(textOf(shadow(el, 'fieldset legend'))).to.equal('Do you have any of these right now? Tick all that apply.');
      const labels = shadowAll(el, 'fieldset label').map(textOf);
      expect(labels).to.deep.equal([...RED_FLAGS.map((f) => f.text()), 'None of these apply to me']);
      expect(shadowAll(el, 'fieldset input[type=checkbox]')).to.have.length(10);
      await expect(el).to.be.accessible();
    });

    it('Next with nothing ticked explains what to do and moves focus to the first checkbox', async () => {
      const el = await triage();
      await press(el, 'Start');
      await press(el, 'Next');
      expect(heading(el)).to.equal('Just to be safe');
      const error = shadow(el, '[role=alert]');
      expect(textOf(error)).to.equal('Tick the signs you have, or tick "None of these apply to me".');
      expect(shadow(el, 'fieldset').getAttribute('aria-describedby')).to.equal(error.id);
      expect(focused(el)).to.equal(shadow(el, 'input[type=checkbox]'));
      await expect(el).to.be.accessible();
      await tickNone(el);
      expect(el.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    });

    it('"None of these apply to me" and the signs exclude each other', async () => {
      const el = await triage();
      await press(el, 'Start');
      await tickFlag(el, 'fever');
      await tickNone(el);
      expect(shadow<HTMLInputElement>(el, 'input[value=fever]').checked).to.equal(false);
      await tickFlag(el, 'weight-loss');
      expect(shadow<HTMLInputElement>(el, 'input[name=none]').checked).to.equal(false);
    });

    it('Back returns to the start screen', async () => {
      const el = await triage();
      await press(el, 'Start');
      await press(el, 'Back');
      expect(heading(el)).to.equal('Check your back pain');
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
    });
  });

  describe('emergency outcome', () => {
    for (const flag of RED_FLAGS) {
      it(`${flag.id} alone goes straight to emergency help, with no further questions`, async () => {
        const el = await triage();
        const events = recordEvents<Result>(el, 'spasm-triage-result');
        await press(el, 'Start');
        await tickFlag(el, flag.id);
        await press(el, 'Next');
        expect(heading(el)).to.equal('Get emergency help now');
        expect(el.getAttribute('disposition')).to.equal('emergency');
        expect(events).to.deep.equal([
          { disposition: 'emergency', reasons: [flag.id], answers: { redFlags: [flag.id], questions: {} } },
        ]);
        expect(textOf(shadow(el, '.signs'))).to.equal(flag.text());
      });
    }

    it('shows the call to action first, then "You told us:" with every sign chosen; focuses and announces it', async () => {
      const el = await triage('emergency-number="999"');
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await press(el, 'Start');
      await tickFlag(el, 'cannot-move');
      await tickFlag(el, 'bladder-bowel');
      await press(el, 'Next');
      const outcome = shadow(el, '.outcome');
      const cta = shadow(el, '.cta');
      expect(outcome.children[1]).to.equal(cta, 'the call to action comes right after the heading');
      expect(textOf(cta)).to.contain('Call 999 or go to the nearest emergency department now.');
      expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:999');
      expect(textOf(outcome)).to.contain('You told us:');
      expect(shadowAll(el, '.signs li').map(textOf)).to.deep.equal([RED_FLAGS[0]!.text(), RED_FLAGS[8]!.text()]);
      expect(events[0]!.reasons).to.deep.equal(['bladder-bowel', 'cannot-move']);
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      expect(textOf(shadow(el, '[aria-live]'))).to.equal('Get emergency help now');
      expect(textOf(outcome)).to.contain('not a diagnosis');
      await expect(el).to.be.accessible();
    });

    it('in kiosk mode has no links and tells the patient to go to the front desk', async () => {
      const el = await triage('kiosk');
      await press(el, 'Start');
      await tickFlag(el, 'fever');
      await press(el, 'Next');
      expect(textOf(shadow(el, '.cta'))).to.equal('Tell the front desk now, or call 911.');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('questions', () => {
    it('asks one question per step, with progress, focus on the question, and every step accessible', async () => {
      const el = await triage();
      await press(el, 'Start');
      await tickNone(el);
      await press(el, 'Next');
      for (const [i, [question, value]] of CALM.entries()) {
        expect(textOf(shadow(el, '.progress'))).to.equal(`Step ${i + 2} of 6`);
        expect(shadowAll(el, '.bar li.done')).to.have.length(i + 2);
        const legend = shadow(el, 'fieldset legend');
        expect(focused(el)).to.equal(legend.querySelector('.step-heading'));
        expect(shadow<HTMLInputElement>(el, 'input[type=radio]').name).to.equal(question);
        await expect(el).to.be.accessible();
        await answer(el, value);
      }
      expect(el.getAttribute('disposition')).to.equal('self-care');
    });

    it('offers the duration as ranges, and yes / no / not sure for the others', async () => {
      const el = await triage();
      await walk(el, []);
      const labels = () => shadowAll(el, 'fieldset label').map(textOf);
      expect(heading(el)).to.equal('How long have you had this back pain?');
      expect(labels()).to.deep.equal(['Less than 3 days', '3–6 days', '1–2 weeks', 'More than 2 weeks']);
      await answer(el, '3-6-days');
      expect(heading(el)).to.contain('Does the pain spread down into a buttock, thigh or leg');
      expect(labels()).to.deep.equal(['Yes', 'No', 'Not sure']);
    });

    it('Next without an answer says so and stays on the question', async () => {
      const el = await triage();
      await walk(el, []);
      await press(el, 'Next');
      expect(textOf(shadow(el, '[role=alert]'))).to.equal('Choose an answer to go on.');
      expect(heading(el)).to.equal('How long have you had this back pain?');
      expect(focused(el)).to.equal(shadow(el, 'input[type=radio]'));
      await expect(el).to.be.accessible();
    });

    it('skips "no better after a few days" for pain under 3 days, and counts 5 steps', async () => {
      const el = await triage();
      await walk(el, [['duration', 'under-3-days']]);
      expect(textOf(shadow(el, '.progress'))).to.equal('Step 3 of 5');
      await answer(el, 'no');
      await answer(el, 'no');
      expect(shadow(el, 'input[type=radio]').getAttribute('name')).to.equal('recurring');
    });

    it('Back keeps every earlier answer, and Next goes forward again', async () => {
      const el = await triage();
      await walk(el, [
        ['duration', '1-2-weeks'],
        ['radiating', 'not-sure'],
      ]);
      await press(el, 'Back');
      expect(shadow<HTMLInputElement>(el, 'input[value=not-sure]').checked).to.equal(true);
      await press(el, 'Back');
      expect(shadow<HTMLInputElement>(el, 'input[value="1-2-weeks"]').checked).to.equal(true);
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      await press(el, 'Back');
      expect(heading(el)).to.equal('Just to be safe');
      expect(shadow<HTMLInputElement>(el, 'input[name=none]').checked).to.equal(true);
      await press(el, 'Back');
      expect(heading(el)).to.equal('Check your back pain');
      await press(el, 'Start');
      await press(el, 'Next');
      await press(el, 'Next');
      expect(shadow<HTMLInputElement>(el, 'input[value=not-sure]').checked).to.equal(true);
    });
  });

  describe('self-care outcome', () => {
    it('gives the home-care plan with its numbers, when to see a doctor, and the warning signs', async () => {
      const el = await triage();
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await walk(el, CALM);
      expect(heading(el)).to.equal('Look after your back at home');
      expect(el.getAttribute('disposition')).to.equal('self-care');
      expect(events).to.deep.equal([
        { disposition: 'self-care', reasons: [], answers: { redFlags: [], questions: Object.fromEntries(CALM) } },
      ]);
      const text = textOf(shadow(el, '.outcome'));
      for (const part of [
        'Keep moving',
        'short walks on flat ground, 5–10 minutes each',
        'For the first 1–3 days',
        'for 10–20 minutes at a time',
        'Never put ice on bare skin',
        'use heat',
        'Never fall asleep on a heating pad',
        'always follow the label',
        'acetaminophen',
        'Gentle stretches',
        'stop if you feel sharp pain',
        'a pillow under your knees',
        'Your back is not better within a week.',
        'When to get emergency help',
        'If you have any of these, call 911 or go to the nearest emergency department now.',
        'not a diagnosis',
      ]) {
        expect(text).to.contain(part);
      }
      expect(shadowAll(el, '.signs li')).to.have.length(RED_FLAGS.length);
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      expect(textOf(shadow(el, '[aria-live]'))).to.equal('Look after your back at home');
      await expect(el).to.be.accessible();
    });

    it('lists the answers given', async () => {
      const el = await triage();
      await walk(el, [
        ['duration', 'under-3-days'],
        ['radiating', 'no'],
        ['injury', 'no'],
        ['recurring', 'no'],
      ]);
      const dl = shadowAll(el, '.answers dt, .answers dd').map(textOf);
      expect(dl).to.deep.equal([
        'Emergency warning signs',
        'None of these apply to me',
        'How long have you had this back pain?',
        'Less than 3 days',
        'Does the pain spread down into a buttock, thigh or leg, or to another part of your body?',
        'No',
        'Do you think an injury to your back started this pain?',
        'No',
        'Do your back spasms keep coming back?',
        'No',
      ]);
    });
  });

  describe('see-doctor outcome', () => {
    const cases: [string, string, string][] = [
      ['duration', 'over-2-weeks', 'Back pain that lasts a week or more'],
      ['radiating', 'yes', 'Pain that spreads into a buttock, thigh or leg'],
      ['injury', 'yes', 'Pain that may come from an injury'],
      ['not-improving', 'yes', 'Very bad pain that is no better after a few days'],
      ['recurring', 'yes', 'Back spasms that keep coming back'],
    ];
    for (const [question, value, why] of cases) {
      it(`${question} alone → see a doctor, saying why`, async () => {
        const el = await triage();
        const events = recordEvents<Result>(el, 'spasm-triage-result');
        await walk(el, CALM.map(([q, v]) => [q, q === question ? value : v]));
        expect(heading(el)).to.equal('See a doctor about your back');
        expect(el.getAttribute('disposition')).to.equal('see-doctor');
        expect(events).to.have.length(1);
        expect(events[0]!.disposition).to.equal('see-doctor');
        expect(events[0]!.reasons).to.deep.equal([question]);
        expect(events[0]!.answers.questions[question]).to.equal(value);
        const reasons = shadowAll(el, 'section.why li').map(textOf);
        expect(reasons).to.have.length(1);
        expect(reasons[0]).to.contain(why);
      });
    }

    it('"not sure" sends the patient to a doctor and says it is playing safe; the rest of the page is complete', async () => {
      const el = await triage();
      await walk(el, CALM.map(([q, v]) => [q, q === 'injury' ? 'not-sure' : v]));
      expect(el.getAttribute('disposition')).to.equal('see-doctor');
      const text = textOf(shadow(el, '.outcome'));
      expect(text).to.contain('You were not sure, so we are playing it safe.');
      expect(text).to.contain('This does not look like an emergency');
      expect(text).to.contain('Until you see a doctor');
      expect(text).to.contain('Never put ice on bare skin');
      expect(text).to.contain('always follow the label');
      expect(text).to.contain('Get emergency help instead if you have any of these');
      expect(text).to.contain('Make an appointment to see a doctor');
      expect(shadowAll(el, '.signs li')).to.have.length(RED_FLAGS.length);
      expect(textOf(shadow(el, '[aria-live]'))).to.equal('See a doctor about your back');
      await expect(el).to.be.accessible();
    });

    it('lists several reasons', async () => {
      const el = await triage();
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await walk(el, [
        ['duration', 'over-2-weeks'],
        ['radiating', 'yes'],
        ['injury', 'no'],
        ['not-improving', 'no'],
        ['recurring', 'not-sure'],
      ]);
      expect(events[0]!.reasons).to.deep.equal(['duration', 'radiating', 'recurring']);
      expect(shadowAll(el, 'section.why li')).to.have.length(3);
    });

    it('links to booking and the clinic phone when the page gives them', async () => {
      const el = await triage('booking-url="/book?x=1" clinic-phone="555 0100" clinic-name="Riverside Clinic"');
      await walk(el, CALM.map(([q, v]) => [q, q === 'recurring' ? 'yes' : v]));
      const book = shadow<HTMLAnchorElement>(el, 'a[part=book]');
      expect(textOf(book)).to.equal('Book an appointment');
      expect(book.getAttribute('href')).to.equal('/book?x=1');
      const phone = shadow<HTMLAnchorElement>(el, 'a.phone');
      expect(textOf(phone)).to.equal('Call Riverside Clinic on 555 0100');
      expect(phone.getAttribute('href')).to.equal('tel:5550100');
      await expect(el).to.be.accessible();
    });

    it('names "the clinic" when the page gives a phone but no name', async () => {
      const el = await triage('clinic-phone="555-0100"');
      await walk(el, CALM.map(([q, v]) => [q, q === 'recurring' ? 'yes' : v]));
      expect(textOf(shadow(el, 'a.phone'))).to.equal('Call the clinic on 555-0100');
      expect(el.shadowRoot!.querySelector('a[part=book]')).to.equal(null);
    });

    it('in kiosk mode has no links and points to the front desk', async () => {
      const el = await triage('kiosk booking-url="/book" clinic-phone="555-0100"');
      await walk(el, CALM.map(([q, v]) => [q, q === 'recurring' ? 'yes' : v]));
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      expect(textOf(shadow(el, '.outcome'))).to.contain('Ask at the front desk about an appointment.');
      expect(textOf(shadow(el, '.cta'))).to.equal('Tell the front desk now, or call 911.');
      await expect(el).to.be.accessible();
    });
  });

  describe('every outcome', () => {
    it('"Change my answers" goes back to the checklist with every answer kept', async () => {
      const el = await triage();
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await walk(el, CALM);
      await press(el, 'Change my answers');
      expect(heading(el)).to.equal('Just to be safe');
      expect(el.hasAttribute('disposition')).to.equal(false);
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      expect(shadow<HTMLInputElement>(el, 'input[name=none]').checked).to.equal(true);
      await press(el, 'Next');
      expect(shadow<HTMLInputElement>(el, 'input[value="3-6-days"]').checked).to.equal(true);
      await answer(el, '1-2-weeks');
      for (let i = 0; i < 4; i++) await press(el, 'Next');
      expect(el.getAttribute('disposition')).to.equal('see-doctor');
      expect(events.map((e) => e.disposition)).to.deep.equal(['self-care', 'see-doctor']);
    });

    it('changing an answer to a red flag ends in emergency, reporting no question answers', async () => {
      const el = await triage();
      const events = recordEvents<Result>(el, 'spasm-triage-result');
      await walk(el, CALM);
      await press(el, 'Change my answers');
      await tickFlag(el, 'saddle-numbness');
      await press(el, 'Next');
      expect(el.getAttribute('disposition')).to.equal('emergency');
      expect(events[1]).to.deep.equal({
        disposition: 'emergency',
        reasons: ['saddle-numbness'],
        answers: { redFlags: ['saddle-numbness'], questions: {} },
      });
    });

    it('"Start again" clears everything and goes back to the start', async () => {
      const el = await triage();
      await walk(el, CALM);
      await press(el, 'Start again');
      expect(heading(el)).to.equal('Check your back pain');
      expect(el.hasAttribute('disposition')).to.equal(false);
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
      await press(el, 'Start');
      expect(shadowAll<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
    });

    it('reset() returns to the start screen and forgets the answers', async () => {
      const el = await triage();
      await press(el, 'Start');
      await tickFlag(el, 'fever');
      await press(el, 'Next');
      el.reset();
      await el.updateComplete;
      expect(heading(el)).to.equal('Check your back pain');
      expect(el.hasAttribute('disposition')).to.equal(false);
      expect(textOf(shadow(el, '[aria-live]'))).to.equal('');
      await press(el, 'Start');
      expect(shadow<HTMLInputElement>(el, 'input[value=fever]').checked).to.equal(false);
    });

    itWithDevTools('Print opens the print dialog; the printout has the outcome, answers and date, without buttons', async () => {
      const el = await triage();
      el.clock = new FakeClock(Date.UTC(2026, 10, 20, 12));
      await walk(el, CALM);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        await press(el, 'Print');
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
      const date = shadow(el, '.print-only');
      expect(date.textContent!.trim()).to.equal('Checked on November 20, 2026');
      expect(getComputedStyle(date).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(date).display).to.equal('block');
        for (const b of shadowAll(el, 'button')) expect(getComputedStyle(b).display, textOf(b)).to.equal('none');
        expect(getComputedStyle(shadow(el, '.answers')).display).to.equal('block');
        expect(getComputedStyle(shadow(el, '.step-heading')).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('a kiosk offers no Print button (a shared tablet has no printer to choose)', async () => {
      const el = await triage('kiosk');
      await walk(el, CALM);
      expect(shadowAll(el, 'button').map(textOf)).to.deep.equal(['Change my answers', 'Start again']);
    });
  });

  describe('keyboard only', () => {
    it('reaches an outcome with Tab, Space and Enter alone', async () => {
      const el = await triage();
      shadow(el, 'button').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(heading(el)).to.equal('Just to be safe');
      for (let i = 0; i < RED_FLAGS.length + 1; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(shadow(el, 'input[name=none]'));
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(textOf(focused(el)!)).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (const [, value] of CALM) {
        // Tab into the group, arrow to the answer (arrows choose a radio), then Tab to Next.
        await sendKeys({ press: 'Tab' });
        let guard = 0;
        while ((focused(el) as HTMLInputElement).value !== value && guard++ < 5) await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(el.getAttribute('disposition')).to.equal('self-care');
      expect(focused(el)).to.equal(shadow(el, '.step-heading'));
    });
  });

  describe('bad attribute values', () => {
    async function withWarnings(attrs: string, check: (el: SpasmTriage, warnings: string[]) => void | Promise<void>) {
      const warnings = captureWarnings();
      try {
        const el = await triage(attrs);
        // Reported as the page loads, not only on reaching the outcome that uses it.
        expect(warnings.messages, 'on load').to.have.length(1);
        await walk(el, CALM.map(([q, v]) => [q, q === 'injury' ? 'yes' : v]));
        el.requestUpdate();
        await el.updateComplete;
        await check(el, warnings.messages);
      } finally {
        warnings.restore();
      }
    }

    it('refuses a javascript: booking-url: no link, exactly one warning', async () => {
      await withWarnings('booking-url="javascript:alert(1)"', (el, warnings) => {
        expect(el.shadowRoot!.querySelector('a[part=book]')).to.equal(null);
        expect(textOf(shadow(el, '.outcome'))).to.contain('Make an appointment to see a doctor');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<spasm-triage> booking-url="javascript:alert(1)"').and.contain('using nothing');
      });
    });

    it('refuses other schemes, such as data:', async () => {
      await withWarnings('booking-url="data:text/html,hi"', (el, warnings) => {
        expect(el.shadowRoot!.querySelector('a[part=book]')).to.equal(null);
        expect(warnings).to.have.length(1);
      });
    });

    it('drops a clinic-phone that is not a number, with one warning, and keeps the booking link', async () => {
      await withWarnings('clinic-phone="call us" booking-url="https://example.org/book"', (el, warnings) => {
        expect(el.shadowRoot!.querySelector('a.phone')).to.equal(null);
        expect(shadow(el, 'a[part=book]').getAttribute('href')).to.equal('https://example.org/book');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('clinic-phone="call us"').and.contain('using nothing');
      });
    });

    it('falls back to 911 for a bad emergency-number, with one warning', async () => {
      await withWarnings('emergency-number="help!"', (el, warnings) => {
        expect(shadow(el, 'a.call').getAttribute('href')).to.equal('tel:911');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('emergency-number="help!"').and.contain('"911"');
      });
    });

    it('clamps heading-level, with one warning, and puts sub-headings one level below', async () => {
      await withWarnings('heading-level="0"', (el, warnings) => {
        expect(shadow(el, '.step-heading').getAttribute('aria-level')).to.equal('1');
        expect(shadow(el, '.subheading').getAttribute('aria-level')).to.equal('2');
        expect(warnings).to.have.length(1);
      });
    });

    it('ignores a disposition set by the page', async () => {
      const el = await triage('disposition="self-care"');
      expect(el.hasAttribute('disposition')).to.equal(false);
      expect(heading(el)).to.equal('Check your back pain');
    });
  });

  describe('on a page', () => {
    it('stores and sends nothing', async () => {
      const before = [localStorage.length, sessionStorage.length, document.cookie];
      const el = await triage();
      await walk(el, CALM);
      expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(before);
    });

    it('the result event bubbles out of shadow roots', async () => {
      const el = await triage();
      const events = recordEvents<Result>(document, 'spasm-triage-result');
      await walk(el, CALM);
      expect(events).to.have.length(1);
    });

    it('fits a 320 px screen at every step', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await triage('booking-url="/book" clinic-phone="555-0100" clinic-name="Riverside Family Clinic"');
        const fits = (step: string) => {
          const right = el.getBoundingClientRect().right;
          expect(right, step).to.be.at.most(320);
          for (const node of shadowAll(el, '*')) {
            expect(node.getBoundingClientRect().right, `${step}: ${node.className || node.localName}`).to.be.at.most(right + 0.5);
          }
        };
        fits('start');
        await press(el, 'Start');
        fits('flags');
        await tickNone(el);
        await press(el, 'Next');
        fits('question');
        for (const [, v] of CALM) await answer(el, v === 'no' ? 'yes' : v);
        fits('see-doctor');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('makes every target at least 48 px in kiosk mode', async () => {
      const el = await triage('kiosk');
      await press(el, 'Start');
      for (const t of [...shadowAll(el, 'label.option'), ...shadowAll(el, 'button')]) {
        expect(t.getBoundingClientRect().height, textOf(t)).to.be.at.least(48);
      }
    });
  });
});
