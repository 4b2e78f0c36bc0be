import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { SpasmKiosk } from '../../../src/elements/spasm-kiosk/spasm-kiosk.js';
import { getLocale, setLocale } from '../../../src/core/localization.js';
import { STORAGE_PREFIX } from '../../../src/core/storage.js';
import { SteadyClock, steadyClock } from '../../../src/core/clock.js';
import { buttonNamed, click, dialog, kiosk, S, startRound } from './kiosk-helpers.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';
import { itWithDevTools } from '../../engines.js';

const hostedFlags = (el: SpasmKiosk) => el.shadowRoot!.querySelector('red-flag-list');

describe('<spasm-kiosk>', () => {
  afterEach(async () => {
    await setLocale('en');
    localStorage.clear();
  });

  describe('attract screen', () => {
    it('shows the clinic, "Tap to start" in every language, and the language picker', async () => {
      const { el } = await kiosk();
      expect(el.getAttribute('screen')).to.equal('attract');
      expect(el.hasAttribute('kiosk')).to.equal(true);
      expect(textOf(shadow(el, '.clinic'))).to.equal('Riverside Clinic');
      const start = shadow(el, '[part=start]');
      expect(textOf(start)).to.contain('Tap to start');
      const spanish = start.querySelector('[lang=es]');
      expect(spanish && textOf(spanish)).to.be.a('string').and.not.equal('Tap to start');
      expect(shadowAll(el, '.languages button').map(textOf)).to.deep.equal(['English', 'العربية', 'Español']);
      await expect(el).to.be.accessible();
    });
  });

  describe('home', () => {
    it('tapping start shows a tile per widget and focuses the heading', async () => {
      const { el } = await kiosk();
      await click(el, 'Tap to start');
      expect(el.getAttribute('screen')).to.equal('home');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'home-heading');
      expect(shadowAll(el, '[part=tile]').length).to.be.greaterThan(0);
      expect(textOf(shadow(el, '[part=tiles]'))).to.contain('Warning signs');
      await expect(el).to.be.accessible();
    });

    it('offers only the widgets named, in that order, warning once about unknown names', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await kiosk('widgets=red-flags,coffee');
        await click(el, 'Tap to start');
        expect(shadowAll(el, '[part=tile]').map((t) => textOf(t.querySelector('span')!))).to.deep.equal(['Warning signs']);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.filter((m) => m.includes('widgets='))).to.have.length(1);
        expect(warnings.messages[0]).to.contain('"coffee"'.replace(/"/g, '')).and.contain('<spasm-kiosk>');
      } finally {
        warnings.restore();
      }
    });

    it('opens a widget in kiosk mode, with Home always there and no phone links', async () => {
      const { el } = await kiosk('emergency-number=112');
      await click(el, 'Tap to start');
      await click(el, 'Warning signs');
      expect(el.getAttribute('screen')).to.equal('red-flags');
      const flags = hostedFlags(el)!;
      expect(flags.hasAttribute('kiosk')).to.equal(true);
      expect(flags.getAttribute('emergency-number')).to.equal('112');
      await (flags as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(flags.shadowRoot!.querySelectorAll('a').length).to.equal(0);
      expect(buttonNamed(el, 'Home')).to.exist;
      await expect(el).to.be.accessible();
      await click(el, 'Home');
      expect(el.getAttribute('screen')).to.equal('home');
    });

    it('offers all four widgets by default, and each opens in kiosk mode', async () => {
      const { el } = await kiosk();
      await click(el, 'Tap to start');
      const titles = shadowAll(el, '[part=tile]').map((t) => textOf(t.querySelector('span')!));
      expect(titles).to.deep.equal(['Check your back pain', 'Ice and heat timer', 'Gentle stretches', 'Warning signs']);
      for (const [title, tag] of [
        ['Check your back pain', 'spasm-triage'],
        ['Ice and heat timer', 'heat-ice-timer'],
        ['Gentle stretches', 'stretch-routine'],
        ['Warning signs', 'red-flag-list'],
      ] as const) {
        await click(el, 'Home');
        await click(el, title);
        const hosted = el.shadowRoot!.querySelector(`#view-${el.getAttribute('screen')} ${tag}`);
        expect(hosted, tag).to.exist;
        expect(hosted!.hasAttribute('kiosk'), tag).to.equal(true);
        await (hosted as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(hosted!.shadowRoot!.querySelectorAll('a[href^="tel:"], a[href^="http"]').length, tag).to.equal(0);
      }
      await expect(el).to.be.accessible();
    });

    it('makes every control at least 48 px on each screen', async () => {
      const { el } = await kiosk();
      const check = () => {
        for (const b of shadowAll(el, 'button').filter((b) => b.offsetParent !== null)) {
          const r = b.getBoundingClientRect();
          expect(Math.min(r.width, r.height), textOf(b)).to.be.at.least(48);
        }
      };
      check();
      await click(el, 'Tap to start');
      check();
      await click(el, 'Warning signs');
      check();
      const flags = hostedFlags(el)!;
      for (const t of [...flags.shadowRoot!.querySelectorAll('button, label')]) {
        expect(t.getBoundingClientRect().height).to.be.at.least(48);
      }
    });
  });

  describe('language', () => {
    it('switches everything at once without a reload, and a reset returns to the page language', async () => {
      const { el } = await kiosk();
      await click(el, 'Tap to start');
      await click(el, 'Warning signs');
      await click(el, 'Español');
      await waitUntil(() => getLocale() === 'es');
      await el.updateComplete;
      const flags = hostedFlags(el) as HTMLElement & { updateComplete: Promise<unknown> };
      await flags.updateComplete;
      expect(textOf(shadow(flags, '[role=heading]'))).not.to.equal('Emergency warning signs');
      expect(textOf(el.shadowRoot!.querySelector('.bar')!)).not.to.contain('Finish');
      buttonNamed(el, 'English').focus();
      shadow(el, '.finish').click();
      await waitUntil(() => getLocale() === 'en');
      expect(el.getAttribute('screen')).to.equal('attract');
    });
  });

  describe('idle', () => {
    it('warns after idle-seconds, counts down at least 20 s, then resets', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      const resets = recordEvents(el, 'spasm-kiosk-reset');
      await click(el, 'Tap to start');
      clock.advance(29 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open).to.equal(false);
      clock.advance(1 * S);
      await waitUntil(() => dialog(el).open, 'warning shown');
      expect(textOf(dialog(el))).to.contain('Are you still there?').and.contain('30 seconds');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '.still-here'));
      await expect(el).to.be.accessible();
      clock.advance(10 * S);
      await waitUntil(() => textOf(dialog(el)).includes('20 seconds'));
      clock.advance(20 * S);
      await waitUntil(() => el.getAttribute('screen') === 'attract', 'reset after the countdown');
      expect(dialog(el).open).to.equal(false);
      expect(resets).to.deep.equal([{ reason: 'idle' }]);
    });

    it('"I\'m still here" cancels the warning and restarts the quiet time', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      await click(el, 'Tap to start');
      clock.advance(35 * S);
      await waitUntil(() => dialog(el).open);
      shadow(el, '.still-here').click();
      await waitUntil(() => !dialog(el).open);
      clock.advance(29 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open).to.equal(false);
      expect(el.getAttribute('screen')).to.equal('home');
    });

    it('any key or touch restarts the quiet time', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      await click(el, 'Tap to start');
      clock.advance(25 * S);
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
      clock.advance(25 * S);
      shadow(el, 'h2').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      clock.advance(25 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open).to.equal(false);
    });

    it('pauses while a heat/ice round is running', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      const timer = await startRound(el);
      await new Promise((r) => setTimeout(r, 300));
      clock.advance(5 * 60 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open, 'no warning mid-round').to.equal(false);
      shadow(timer, '[part=cancel-button]').click();
      await timer.updateComplete;
      expect(timer.getAttribute('state')).not.to.equal('running');
      await new Promise((r) => setTimeout(r, 300));
      clock.advance(29 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open).to.equal(false);
      clock.advance(2 * S);
      await waitUntil(() => dialog(el).open, 'warning once the round stopped');
    });

    it('does nothing on an untouched attract screen', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      const resets = recordEvents(el, 'spasm-kiosk-reset');
      clock.advance(3600 * S);
      await new Promise((r) => setTimeout(r, 300));
      expect(dialog(el).open).to.equal(false);
      expect(resets).to.deep.equal([]);
    });

    it('takes idleSeconds = 30 as a number property, and resets after idling', async () => {
      const warnings = captureWarnings();
      try {
        const { el, clock } = await kiosk();
        el.idleSeconds = 30;
        await el.updateComplete;
        const resets = recordEvents(el, 'spasm-kiosk-reset');
        await click(el, 'Tap to start');
        clock.advance(29 * S);
        await new Promise((r) => setTimeout(r, 300));
        expect(dialog(el).open).to.equal(false);
        clock.advance(1 * S);
        await waitUntil(() => dialog(el).open, 'warning at 30 s');
        clock.advance(30 * S);
        await waitUntil(() => el.getAttribute('screen') === 'attract', 'reset after the countdown');
        expect(resets).to.deep.equal([{ reason: 'idle' }]);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('resets on time when the device clock is set back 30 minutes mid-wait', async () => {
      expect(document.createElement('spasm-kiosk').clock, 'the default clock is the steady one').to.equal(steadyClock);
      let wall = Date.UTC(2026, 10, 20, 9, 0);
      let mono = 0;
      const { el } = await kiosk('idle-seconds=30');
      el.clock = new SteadyClock({ wall: () => wall, mono: () => mono }, {});
      el.reset();
      await el.updateComplete;
      await click(el, 'Tap to start');
      mono += 20 * S;
      wall += 20 * S - 30 * 60 * S; // 20 s pass, and someone sets the clock back half an hour
      mono += 10 * S;
      wall += 10 * S;
      await waitUntil(() => dialog(el).open, 'warning after 30 s of real time');
      mono += 30 * S;
      await waitUntil(() => el.getAttribute('screen') === 'attract', 'reset 60 s after the last touch');
    });

    it('keeps watching for idle after being moved in the page', async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      await click(el, 'Tap to start');
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      try {
        elsewhere.append(el);
        clock.advance(60 * S);
        await waitUntil(() => el.getAttribute('screen') === 'attract', 'reset after the move');
      } finally {
        elsewhere.remove();
      }
    });

    it('clamps idle-seconds to 30–600 with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const { el, clock } = await kiosk('idle-seconds=5');
        await click(el, 'Tap to start');
        clock.advance(10 * S);
        await new Promise((r) => setTimeout(r, 300));
        expect(dialog(el).open).to.equal(false);
        clock.advance(20 * S);
        await waitUntil(() => dialog(el).open);
        expect(warnings.messages.filter((m) => m.includes('idle-seconds="5"'))).to.have.length(1);
        expect(warnings.messages[0]).to.contain('using "30"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('reset', () => {
    it('Finish forgets answers, storage, language and screen', async () => {
      const { el } = await kiosk();
      const resets = recordEvents(el, 'spasm-kiosk-reset');
      localStorage.setItem(`${STORAGE_PREFIX}timer`, '{}');
      localStorage.setItem('clinic-own', 'keep');
      await click(el, 'Tap to start');
      await click(el, 'Warning signs');
      const flags = hostedFlags(el)!;
      await (flags as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      (flags.shadowRoot!.querySelector('input') as HTMLInputElement).click();
      await click(el, 'Español');
      await waitUntil(() => getLocale() === 'es');
      shadow(el, '.finish').click();
      await el.updateComplete;
      expect(resets).to.deep.equal([{ reason: 'user' }]);
      expect(el.getAttribute('screen')).to.equal('attract');
      expect(el.shadowRoot!.querySelector('red-flag-list')).to.equal(null);
      expect(flags.isConnected).to.equal(false);
      expect((flags as unknown as { checked: string[] }).checked).to.deep.equal([]);
      expect(localStorage.getItem(`${STORAGE_PREFIX}timer`)).to.equal(null);
      expect(localStorage.getItem('clinic-own')).to.equal('keep');
      await waitUntil(() => getLocale() === 'en');
      // Opening the same widget again starts from nothing.
      await click(el, 'Tap to start');
      await click(el, 'Warning signs');
      const again = hostedFlags(el)!;
      expect(again).not.to.equal(flags);
      await (again as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect([...again.shadowRoot!.querySelectorAll('input')].some((i) => (i as HTMLInputElement).checked)).to.equal(false);
    });

    it('a triage filled in and finished leaves nothing behind', async () => {
      const { el } = await kiosk();
      await click(el, 'Tap to start');
      await click(el, 'Check your back pain');
      const triage = el.shadowRoot!.querySelector('spasm-triage') as HTMLElement & { updateComplete: Promise<unknown> };
      expect(triage.hasAttribute('kiosk')).to.equal(true);
      await triage.updateComplete;
      const inTriage = (text: string) =>
        [...triage.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).includes(text))!;
      inTriage('Start').click();
      await triage.updateComplete;
      (triage.shadowRoot!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
      await triage.updateComplete;
      inTriage('Next').click();
      await triage.updateComplete;
      expect(triage.getAttribute('disposition')).to.equal('emergency');
      const storedBefore = localStorage.length;
      shadow(el, '.finish').click();
      await el.updateComplete;
      // Gone from the page, and the instance itself forgot the answers.
      expect(el.shadowRoot!.querySelector('spasm-triage')).to.equal(null);
      expect(document.body.innerHTML).not.to.contain('disposition');
      expect(triage.hasAttribute('disposition')).to.equal(false);
      await triage.updateComplete;
      expect(triage.shadowRoot!.querySelector('input:checked')).to.equal(null);
      expect(localStorage.length).to.be.at.most(storedBefore);
      expect(Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX))).to.deep.equal([]);
    });

    itWithDevTools('1000 use-and-reset cycles leave no extra DOM nodes or listeners behind', async function () {
      this.timeout(120_000);
      const { el } = await kiosk();
      type Lit = HTMLElement & { updateComplete: Promise<unknown> };
      const press = async (host: Lit, text: string) => {
        [...host.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b).includes(text))!.click();
        await host.updateComplete;
      };
      // One patient: a triage to the emergency outcome, then the warning signs, then Finish.
      const cycle = async () => {
        await click(el, 'Tap to start');
        await click(el, 'Check your back pain');
        const triage = el.shadowRoot!.querySelector('spasm-triage') as Lit;
        await triage.updateComplete;
        await press(triage, 'Start');
        (triage.shadowRoot!.querySelector('input[type=checkbox]') as HTMLInputElement).click();
        await triage.updateComplete;
        await press(triage, 'Next');
        await click(el, 'Home');
        await click(el, 'Warning signs');
        const flags = hostedFlags(el) as Lit;
        await flags.updateComplete;
        (flags.shadowRoot!.querySelector('input') as HTMLInputElement).click();
        await flags.updateComplete;
        shadow(el, '.finish').click();
        await el.updateComplete;
      };
      for (let i = 0; i < 20; i++) await cycle(); // warm up caches and lazy state
      type Counters = { nodes: number; jsEventListeners: number };
      const before = (await executeServerCommand('dom-counters')) as Counters;
      for (let i = 0; i < 1000; i++) await cycle();
      const after = (await executeServerCommand('dom-counters')) as Counters;
      expect(after.nodes, 'DOM nodes').to.be.at.most(before.nodes + 50);
      expect(after.jsEventListeners, 'listeners').to.be.at.most(before.jsEventListeners + 10);
    });
  });
});

describe('<spasm-kiosk> layout', () => {
  it('scrolls its content below the top bar, so a focused control never hides under it', async () => {
    const el = await fixture<SpasmKiosk>(html`<spasm-kiosk style="height: 400px"></spasm-kiosk>`);
    shadow(el, '[part=start]').click();
    await el.updateComplete;
    buttonNamed(el, 'Warning signs').click();
    await el.updateComplete;
    const flags = el.shadowRoot!.querySelector('red-flag-list') as HTMLElement & { updateComplete: Promise<unknown> };
    await flags.updateComplete;
    const main = shadow(el, 'main');
    const bar = shadow(el, '.bar');
    expect(el.getBoundingClientRect().height).to.equal(400);
    expect(main.scrollHeight).to.be.greaterThan(main.clientHeight);
    const box = flags.shadowRoot!.querySelectorAll('input')[1] as HTMLInputElement;
    // Scroll the checkbox to just above the visible area, then focus it as Shift+Tab would.
    main.scrollTop += box.getBoundingClientRect().top - main.getBoundingClientRect().top + 20;
    expect(box.getBoundingClientRect().top).to.be.below(bar.getBoundingClientRect().bottom);
    box.focus();
    await new Promise((r) => setTimeout(r, 50));
    expect(box.getBoundingClientRect().top).to.be.at.least(bar.getBoundingClientRect().bottom);
  });

  it('fits a 320 px wide screen: nothing sticks out sideways', async () => {
    const el = await fixture<SpasmKiosk>(html`<spasm-kiosk style="width: 320px; height: 600px"></spasm-kiosk>`);
    shadow(el, '[part=start]').click();
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    const sticking = shadowAll(el, '*').filter((n) => n.getBoundingClientRect().right > right + 0.5);
    expect(sticking.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
  });
});
