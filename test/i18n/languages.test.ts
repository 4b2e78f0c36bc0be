import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { getLocale, setLocale } from '../../src/core/localization.js';
import { memoryStore } from '../../src/core/storage.js';
import { FakeClock } from '../fake-clock.js';
import { FakeSound } from '../fake-sound.js';
import { captureWarnings, shadow, shadowAll, textOf } from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const TARGETS = ['es', 'ar'] as const;

/** Every line of text a reader or a screen reader meets in a shadow root (nested ones too). */
function lines(root: ShadowRoot): string[] {
  const out: string[] = [];
  for (const n of root.querySelectorAll('*')) {
    // Text marked with its own language (the kiosk's "Tap to start" in every language, the language names) is meant to stay so.
    if (n.closest('[lang]')) continue;
    for (const c of n.childNodes) if (c.nodeType === Node.TEXT_NODE) out.push(c.textContent!.trim());
    for (const a of ['aria-label', 'title', 'alt']) if (n.hasAttribute(a)) out.push(n.getAttribute(a)!.trim());
    if (n.shadowRoot) out.push(...lines(n.shadowRoot));
  }
  return out.filter((t) => /[a-z]{3}/i.test(t));
}

/** Words on screen that are not ours to translate (the page's names), or that are the same word in both languages. */
const pageWords = (l: string) => /Riverside|Clinic sign/.test(l) || l === 'Error:';

/** Each element in a few of its screens, driven by position so the same steps run in any language. */
const SCREENS: Record<string, { make: () => Promise<Lit>; steps: ((el: Lit) => Promise<void> | void)[] }> = {
  'spasm-triage': {
    make: () => fixture<Lit>('<spasm-triage clinic-name="Riverside" clinic-phone="555-0100" booking-url="/b"></spasm-triage>'),
    steps: [
      (el) => shadow(el, 'button').click(),
      (el) => shadow(el, 'button.not-sure').click(),
      (el) => shadow(el, 'button').click(), // Next with nothing ticked: the error
      (el) => shadow<HTMLInputElement>(el, 'input[name="severe-injury"]').click(),
      (el) => shadow(el, 'button[type=submit]').click(),
      (el) => shadowAll(el, '.choice')[2]!.click(),
      (el) => shadowAll(el, '.choice')[0]!.click(),
      (el) => shadow(el, 'button.none').click(),
      (el) => shadow(el, 'button.none').click(),
      (el) => shadowAll(el, '.choice')[1]!.click(),
      (el) => shadowAll(el, '.choice')[0]!.click(),
      (el) => shadow(el, 'button.none').click(),
    ],
  },
  'red-flag-list': {
    make: () => fixture<Lit>('<red-flag-list mode="checklist"><li>Clinic sign</li></red-flag-list>'),
    steps: [(el) => shadow<HTMLInputElement>(el, 'input[name="fever"]').click(), (el) => shadow(el, '[part=none-button]').click()],
  },
  'heat-ice-timer': {
    make: async () => {
      const el = document.createElement('heat-ice-timer');
      el.clock = new FakeClock();
      el.sound = new FakeSound();
      el.storage = memoryStore();
      return fixture<Lit>(el as unknown as Lit);
    },
    steps: [(el) => shadowAll(el, '[part=onset-question] button')[0]!.click()],
  },
  'stretch-routine': {
    make: () => fixture<Lit>('<stretch-routine></stretch-routine>'),
    steps: [(el) => shadow(el, 'button.primary').click()],
  },
  'spasm-kiosk': {
    make: () => fixture<Lit>('<spasm-kiosk clinic-name="Riverside"></spasm-kiosk>'),
    steps: [(el) => shadow(el, '[part=start]').click()],
  },
};

async function walk(tag: string): Promise<{ el: Lit; seen: string[] }> {
  const { make, steps } = SCREENS[tag]!;
  const el = await make();
  await el.updateComplete;
  const seen = lines(el.shadowRoot!);
  for (const step of steps) {
    await step(el);
    await el.updateComplete;
    await el.updateComplete;
    seen.push(...lines(el.shadowRoot!));
  }
  return { el, seen };
}

describe('languages (issue 12)', () => {
  afterEach(async () => {
    await setLocale('en');
    document.documentElement.removeAttribute('dir');
    localStorage.clear();
  });

  for (const tag of Object.keys(SCREENS)) {
    for (const locale of TARGETS) {
      it(`<${tag}> in ${locale}: no English left on its screens, lang="${locale}" on it, and accessible`, async () => {
        const first = await walk(tag);
        const english = new Set(first.seen);
        first.el.remove(); // one at a time: two kiosks would be two banners
        await setLocale(locale);
        const { el, seen } = await walk(tag);
        expect(el.getAttribute('lang')).to.equal(locale);
        expect(el.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
        const left = [...new Set(seen.filter((l) => english.has(l) && !pageWords(l)))];
        expect(left, `English left in ${locale}`).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('every element says lang="en" dir="ltr" in English, also on a right-to-left page', async () => {
    document.documentElement.dir = 'rtl';
    for (const tag of Object.keys(SCREENS)) {
      const { el } = await walk(tag);
      expect(el.getAttribute('lang'), tag).to.equal('en');
      expect(el.getAttribute('dir'), tag).to.equal('ltr');
    }
    // Measured: the checkbox stays left of its words.
    const list = await fixture<Lit>('<red-flag-list mode="checklist"></red-flag-list>');
    const box = shadow(list, 'label.option input').getBoundingClientRect();
    const words = shadow(list, 'label.option span').getBoundingClientRect();
    expect(box.left).to.be.below(words.left);
  });

  it('Arabic mirrors: checkboxes right of their words, the care card mark on the right, the kiosk bar from the right', async () => {
    await setLocale('ar');
    const list = await fixture<Lit>('<red-flag-list mode="checklist"></red-flag-list>');
    const box = shadow(list, 'label.option input').getBoundingClientRect();
    const words = shadow(list, 'label.option span').getBoundingClientRect();
    expect(box.left).to.be.above(words.left);
    const triage = await fixture<Lit>('<spasm-triage></spasm-triage>');
    shadow(triage, 'button').click();
    await triage.updateComplete;
    shadow(triage, 'button.none').click();
    await triage.updateComplete;
    const choice = shadowAll(triage, '.choice')[0]!;
    expect(getComputedStyle(choice).direction).to.equal('rtl');
    const bar = shadowAll(triage, '.bar li');
    // Step 2: the filled steps are on the right.
    expect(bar[0]!.getBoundingClientRect().left).to.be.above(bar[bar.length - 1]!.getBoundingClientRect().left);
  });

  it('switching language keeps a half-done triage and a running round', async () => {
    const triage = await fixture<Lit>('<spasm-triage></spasm-triage>');
    shadow(triage, 'button').click();
    await triage.updateComplete;
    shadow<HTMLInputElement>(triage, 'input[name="both-legs"]').click();
    await triage.updateComplete;
    const timer = document.createElement('heat-ice-timer');
    const clock = new FakeClock();
    timer.clock = clock;
    timer.sound = new FakeSound();
    timer.storage = memoryStore();
    timer.setAttribute('mode', 'ice');
    await fixture(timer);
    for (const b of shadowAll<HTMLInputElement>(timer, '.check input')) b.click();
    await timer.updateComplete;
    shadow(timer, '[part=start-button]').click();
    await timer.updateComplete;
    clock.advance(60_000);
    expect(timer.getAttribute('state')).to.equal('running');
    await setLocale('ar');
    await triage.updateComplete;
    await timer.updateComplete;
    expect(shadow<HTMLInputElement>(triage, 'input[name="both-legs"]').checked).to.equal(true);
    expect(triage.getAttribute('lang')).to.equal('ar');
    expect(timer.getAttribute('state')).to.equal('running');
    await setLocale('es');
    timer.requestUpdate();
    await timer.updateComplete;
    expect(timer.getAttribute('state')).to.equal('running');
    expect(textOf(shadow(timer, '[part=time]'))).to.equal('14:00');
    shadow(triage, 'button[type=submit]').click();
    await triage.updateComplete;
    expect(triage.getAttribute('disposition')).to.equal('emergency');
  });

  it('ar-EG shows Arabic; an unsupported language shows English with one warning', async () => {
    await setLocale('ar-EG');
    expect(getLocale()).to.equal('ar');
    const w = captureWarnings();
    try {
      await setLocale('tlh');
      await setLocale('tlh');
      expect(getLocale()).to.equal('en');
      expect(w.messages.filter((m) => m.includes('"tlh"'))).to.have.length(1);
    } finally {
      w.restore();
    }
  });

  /** The x positions of the characters of `text` inside `node`'s text, in order. */
  function charLefts(host: Element, selector: string, text: string): number[] {
    const el = shadow(host, selector);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(text);
      if (at < 0) continue;
      return [...text].map((_, i) => {
        const r = document.createRange();
        r.setStart(n!, at + i);
        r.setEnd(n!, at + i + 1);
        return r.getBoundingClientRect().left;
      });
    }
    throw new Error(`no "${text}" in ${selector}`);
  }

  const isLeftToRight = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

  it('a bidi override in clinic-name cannot reorder the phone number after it', async () => {
    const el = await fixture<Lit>('<spasm-triage clinic-name="\u202EEvil Clinic" clinic-phone="555-0100"></spasm-triage>');
    shadow(el, 'button').click();
    await el.updateComplete;
    // Reach the urgent card: no emergency signs, 20–50, not pregnant, a fever, then nothing else.
    shadow(el, 'button.none').click();
    await el.updateComplete;
    shadowAll(el, '.choice')[2]!.click();
    await el.updateComplete;
    shadowAll(el, '.choice')[1]!.click();
    await el.updateComplete;
    shadow<HTMLInputElement>(el, 'input[name="fever"]').click();
    await el.updateComplete;
    shadow(el, 'button[type=submit]').click();
    await el.updateComplete;
    for (const step of ['none', 0, 2, 'none'] as const) {
      if (step === 'none') shadow(el, 'button.none').click();
      else shadowAll(el, '.choice')[step]!.click();
      await el.updateComplete;
    }
    expect(el.getAttribute('disposition')).to.equal('urgent');
    expect(isLeftToRight(charLefts(el, '.call-clinic', '555-0100'))).to.equal(true);
  });

  it('phone numbers read left to right inside Arabic sentences', async () => {
    await setLocale('ar');
    const el = await fixture<Lit>('<red-flag-list emergency-number="+44 999"></red-flag-list>');
    expect(isLeftToRight(charLefts(el, '.cta-text', '+44 999'))).to.equal(true);
    expect(isLeftToRight(charLefts(el, 'a.call', '+44 999'))).to.equal(true);
  });

  it('the kiosk says "Tap to start" in every language, each phrase in its own lang and direction', async () => {
    const el = await fixture<Lit>('<spasm-kiosk></spasm-kiosk>');
    const phrases = shadowAll(el, '[part=start] [lang]');
    expect(phrases.map((p) => p.getAttribute('lang')).sort()).to.deep.equal(['ar', 'en', 'es']);
    expect(phrases.find((p) => p.getAttribute('lang') === 'ar')!.getAttribute('dir')).to.equal('rtl');
  });
});
