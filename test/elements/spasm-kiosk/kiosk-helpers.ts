/** Shared helpers for the kiosk's tests: a kiosk on a fake clock, and driving the widgets it hosts. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import type { SpasmKiosk } from '../../../src/elements/spasm-kiosk/spasm-kiosk.js';
import { FakeClock } from '../../fake-clock.js';
import { shadow, shadowAll, textOf } from '../../helpers.js';

export const S = 1000;

export type Lit = HTMLElement & { updateComplete: Promise<unknown> };

export async function kiosk(attrs = ''): Promise<{ el: SpasmKiosk; clock: FakeClock }> {
  const clock = new FakeClock();
  const el = await fixture<SpasmKiosk>(html`<spasm-kiosk clinic-name="Riverside Clinic"></spasm-kiosk>`);
  for (const pair of attrs.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name!, value);
  }
  el.clock = clock;
  el.reset(); // starts the idle clock from the fake time
  await el.updateComplete;
  return { el, clock };
}

export const buttonNamed = (root: Element, text: string) => {
  const found = shadowAll<HTMLButtonElement>(root, 'button').find((b) => textOf(b).includes(text));
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

export async function click(el: Lit, text: string) {
  buttonNamed(el, text).click();
  await el.updateComplete;
}

export const dialog = (el: SpasmKiosk) => shadow<HTMLDialogElement>(el, 'dialog');

/** Lets the kiosk's quarter-second idle check run. */
export const tick = () => new Promise((r) => setTimeout(r, 300));

/** Lets idle time run out: the warning, then its 30 s countdown. */
export async function idleOut(el: SpasmKiosk, clock: FakeClock, idleSeconds = 30) {
  clock.advance(idleSeconds * S);
  await waitUntil(() => dialog(el).open, 'idle warning');
  clock.advance(30 * S);
  await tick();
  await el.updateComplete;
}

export async function openWidget(el: SpasmKiosk, title: string, tag: string): Promise<Lit> {
  if (el.getAttribute('screen') === 'attract') await click(el, 'Tap to start');
  else await click(el, 'Home');
  await click(el, title);
  const hosted = el.shadowRoot!.querySelector(tag) as Lit;
  await hosted.updateComplete;
  return hosted;
}

/**
 * Takes a hosted triage to an outcome through its screens: a warning sign
 * for `emergency`; otherwise "none of these", then the calmest answer
 * ("No", or the first choice) for `self-care` or the most cautious ("Not
 * sure", or the last choice) for `see-doctor`.
 */
export async function triageTo(el: SpasmKiosk, outcome: 'emergency' | 'urgent' | 'see-doctor' | 'self-care'): Promise<Lit> {
  const triage = await openWidget(el, 'Check your back pain', 'spasm-triage');
  const q = <T extends Element>(selector: string) => triage.shadowRoot!.querySelector<T>(selector)!;
  const step = async (selector: string) => {
    q<HTMLElement>(selector).click();
    await triage.updateComplete;
  };
  const choice = async (index: number) => {
    shadowAll<HTMLButtonElement>(triage, '.choice')[index]!.click();
    await triage.updateComplete;
  };
  await click(triage, 'Start');
  if (outcome === 'emergency') {
    await step('input[name="chest-pain"]');
    await step('button[type=submit]');
  } else {
    // No emergency signs; 20 to 50; not pregnant; then the same-day signs, health, where, how, and the see-a-doctor list.
    await step('button.none');
    await choice(2);
    await choice(1);
    if (outcome === 'urgent') {
      await step('input[name="fever"]');
      await step('button[type=submit]');
    } else await step('button.none');
    await step('button.none');
    await choice(0);
    await choice(2);
    if (outcome === 'see-doctor') {
      await step('input[name="recurring"]');
      await step('button[type=submit]');
    } else await step('button.none');
  }
  expect(triage.getAttribute('disposition')).to.equal(outcome);
  return triage;
}

/** Opens the heat/ice timer and starts a round through its screens. */
export async function startRound(el: SpasmKiosk): Promise<Lit> {
  const timer = await openWidget(el, 'Ice and heat timer', 'heat-ice-timer');
  expect(timer.hasAttribute('kiosk')).to.equal(true);
  shadowAll(timer, '[part=onset-question] button')[0]!.click();
  await timer.updateComplete;
  for (const box of shadowAll<HTMLInputElement>(timer, '.check input')) box.click();
  await timer.updateComplete;
  shadow(timer, '[part=start-button]').click();
  await timer.updateComplete;
  expect(timer.getAttribute('state')).to.equal('running');
  return timer;
}
