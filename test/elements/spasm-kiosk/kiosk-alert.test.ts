import { expect, waitUntil } from '@open-wc/testing';
import type { SpasmKiosk } from '../../../src/elements/spasm-kiosk/spasm-kiosk.js';
import { setLocale } from '../../../src/core/localization.js';
import { timeOfDay } from '../../../src/core/format.js';
import { STORAGE_PREFIX } from '../../../src/core/storage.js';
import { captureWarnings, recordEvents, shadow, shadowAll, textOf } from '../../helpers.js';
import { click, dialog, idleOut, kiosk, openWidget, S, startRound, tick, triageTo } from './kiosk-helpers.js';

type Alert = { disposition: string; at: number };

const staffText = (el: SpasmKiosk) => textOf(shadow(el, '[part=staff]'));

describe('<spasm-kiosk> walk-away outcomes', () => {
  afterEach(async () => {
    await setLocale('en');
    localStorage.clear();
  });

  it('an emergency outcome left idle clears the answers but keeps a staff screen, and fires spasm-kiosk-alert', async () => {
    const { el, clock } = await kiosk('idle-seconds=30 emergency-number=112');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    const resets = recordEvents(el, 'spasm-kiosk-reset');
    const triage = await triageTo(el, 'emergency');
    await tick();
    const shownAt = clock.now();
    localStorage.setItem(`${STORAGE_PREFIX}timer`, '{}');
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff', 'staff screen');

    expect(staffText(el)).to.contain(`A patient was told to get emergency help at ${timeOfDay(shownAt)}`);
    expect(staffText(el)).to.contain('Emergency number: 112');
    expect(alerts).to.have.length(1);
    expect(Object.keys(alerts[0]!).sort()).to.deep.equal(['at', 'disposition']);
    expect(alerts[0]!.disposition).to.equal('emergency');
    expect(alerts[0]!.at).to.be.within(shownAt - 1 * S, shownAt);
    expect(JSON.stringify(alerts[0])).not.to.match(/chest|answers|redFlags|flag/i);
    expect(resets, 'not back to the attract screen').to.deep.equal([]);
    // The patient's answers are gone: the widget forgot them and left the page, and so did storage.
    expect(el.shadowRoot!.querySelector('spasm-triage')).to.equal(null);
    expect(triage.hasAttribute('disposition')).to.equal(false);
    expect(triage.shadowRoot!.querySelector('input:checked')).to.equal(null);
    expect(localStorage.getItem(`${STORAGE_PREFIX}timer`)).to.equal(null);
    expect(shadowAll(el, '[part=bar], [part=tiles]')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the staff screen stays through more idle time and stray taps, until staff press its button', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const resets = recordEvents(el, 'spasm-kiosk-reset');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    await triageTo(el, 'emergency');
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff');
    clock.advance(3600 * S);
    await tick();
    for (const target of [shadow(el, '.staff-alert'), shadow(el, '#staff-title'), shadow(el, '[part=staff]')]) {
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      target.click();
    }
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await tick();
    expect(el.getAttribute('screen')).to.equal('staff');
    expect(dialog(el).open, 'no idle warning over the staff screen').to.equal(false);
    expect(alerts, 'one alert, not one per check').to.have.length(1);
    await click(el, 'Staff: clear this message');
    expect(el.getAttribute('screen')).to.equal('attract');
    expect(resets).to.deep.equal([{ reason: 'user' }]);
    expect(el.shadowRoot!.querySelector('[part=staff]')).to.equal(null);
  });

  it('an urgent outcome keeps the staff screen too, with its own words', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    const resets = recordEvents(el, 'spasm-kiosk-reset');
    await triageTo(el, 'urgent');
    await tick();
    const shownAt = clock.now();
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff');
    expect(staffText(el)).to.contain(`A patient was told to get urgent medical help today, at ${timeOfDay(shownAt)}`);
    expect(alerts.map((a) => a.disposition)).to.deep.equal(['urgent']);
    expect(resets).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('spasm-triage')).to.equal(null);
  });

  it('with alert-on="emergency" an urgent outcome resets as usual, and an emergency still alerts', async () => {
    const { el, clock } = await kiosk('idle-seconds=30 alert-on=emergency');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    const resets = recordEvents(el, 'spasm-kiosk-reset');
    await triageTo(el, 'urgent');
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'attract');
    expect(alerts).to.deep.equal([]);
    expect(resets).to.deep.equal([{ reason: 'idle' }]);
    await triageTo(el, 'emergency');
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff');
    expect(alerts.map((a) => a.disposition)).to.deep.equal(['emergency']);
  });

  for (const outcome of ['see-doctor', 'self-care'] as const) {
    it(`a ${outcome} outcome left idle resets to the attract screen with no alert`, async () => {
      const { el, clock } = await kiosk('idle-seconds=30');
      const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
      const resets = recordEvents(el, 'spasm-kiosk-reset');
      await triageTo(el, outcome);
      await idleOut(el, clock);
      await waitUntil(() => el.getAttribute('screen') === 'attract');
      expect(alerts).to.deep.equal([]);
      expect(resets).to.deep.equal([{ reason: 'idle' }]);
      expect(el.shadowRoot!.querySelector('spasm-triage')).to.equal(null);
    });
  }

  it('a warning sign ticked on the checklist and left is an emergency too', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    const flags = await openWidget(el, 'Warning signs', 'red-flag-list');
    shadow<HTMLInputElement>(flags, 'input[type=checkbox]').click();
    await flags.updateComplete;
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff');
    expect(alerts.map((a) => a.disposition)).to.deep.equal(['emergency']);
    expect(el.shadowRoot!.querySelector('red-flag-list')).to.equal(null);
    expect((flags as unknown as { checked: string[] }).checked).to.deep.equal([]);
  });

  it('an emergency outcome the patient left for the home screen still alerts', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    await triageTo(el, 'emergency');
    await tick();
    await click(el, 'Home');
    await idleOut(el, clock);
    await waitUntil(() => el.getAttribute('screen') === 'staff');
    expect(alerts.map((a) => a.disposition)).to.deep.equal(['emergency']);
  });

  it('Finish on an emergency outcome is the patient clearing it: no staff screen', async () => {
    const { el } = await kiosk('idle-seconds=30');
    const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
    await triageTo(el, 'emergency');
    await click(el, 'Finish');
    expect(el.getAttribute('screen')).to.equal('attract');
    expect(alerts).to.deep.equal([]);
  });

  it('clamps a bad alert-on with one warning, and never drops emergencies', async () => {
    const warnings = captureWarnings();
    try {
      const { el, clock } = await kiosk('idle-seconds=30 alert-on=urgent');
      const alerts = recordEvents<Alert>(el, 'spasm-kiosk-alert');
      el.requestUpdate();
      await el.updateComplete;
      await triageTo(el, 'emergency');
      await idleOut(el, clock);
      await waitUntil(() => el.getAttribute('screen') === 'staff');
      expect(alerts.map((a) => a.disposition)).to.deep.equal(['emergency']);
      const about = warnings.messages.filter((m) => m.includes('alert-on="urgent"'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('using "emergency,urgent"');
    } finally {
      warnings.restore();
    }
  });

  it('shows the staff screen in the page language, with the time in that language', async () => {
    document.documentElement.lang = 'es';
    try {
      const { el, clock } = await kiosk('idle-seconds=30');
      await setLocale('en');
      await triageTo(el, 'emergency');
      await tick();
      const shownAt = clock.now();
      await idleOut(el, clock);
      await waitUntil(() => el.getAttribute('screen') === 'staff');
      await waitUntil(() => staffText(el).includes('Se le indicó a un paciente'), 'Spanish staff screen');
      await el.updateComplete;
      expect(staffText(el)).to.contain(`Hora: ${timeOfDay(shownAt)}`);
      expect(timeOfDay(shownAt)).to.equal(new Intl.DateTimeFormat('es', { hour: 'numeric', minute: '2-digit' }).format(shownAt));
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});

describe('<spasm-kiosk> idle warning over a heat or ice round', () => {
  afterEach(() => localStorage.clear());

  it('says to take the pack off first when the round is paused', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const timer = await startRound(el);
    shadow(timer, '[part=pause-button]').click();
    await timer.updateComplete;
    expect(timer.getAttribute('state')).to.equal('paused');
    await tick();
    clock.advance(30 * S);
    await waitUntil(() => dialog(el).open);
    expect(textOf(dialog(el))).to.contain('Take the ice or heat pack off your skin first.');
    expect(shadow(el, '#idle-text').textContent).to.contain('Take the ice or heat pack off');
    await expect(el).to.be.accessible();
  });

  it('says it when the round is over too, and not when no round was started', async () => {
    const { el, clock } = await kiosk('idle-seconds=30');
    const timer = await startRound(el);
    await tick(); // the kiosk sees the round running, and holds its idle clock
    clock.advance(25 * 60 * S); // past any round's length
    await waitUntil(() => timer.getAttribute('state') === 'done', 'round over');
    await tick();
    clock.advance(30 * S);
    await waitUntil(() => dialog(el).open);
    expect(textOf(dialog(el))).to.contain('Take the ice or heat pack off');
    shadow(el, '.still-here').click();
    await el.updateComplete;

    const other = await kiosk('idle-seconds=30');
    await openWidget(other.el, 'Ice and heat timer', 'heat-ice-timer');
    other.clock.advance(30 * S);
    await waitUntil(() => dialog(other.el).open);
    expect(textOf(dialog(other.el))).not.to.contain('pack');
  });
});
