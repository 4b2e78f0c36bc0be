import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { IdleController } from '../../../src/elements/spasm-kiosk/idle-controller.js';
import type { WidgetName } from '../../../src/elements/spasm-kiosk/widgets.js';
import type { AlertLevel } from '../../../src/logic/kiosk-alert.js';
import { FakeClock } from '../../fake-clock.js';
import { moveElsewhere } from '../../helpers.js';

const S = 1000;

/** A host as small as the controller allows: a minute of quiet, then a 30 s warning it shows as text. */
class IdleProbe extends LitElement {
  clock = new FakeClock();
  hosted = new Map<WidgetName, HTMLElement>();
  inUse = true;
  held = false;
  alertOn: AlertLevel[] = ['emergency', 'urgent'];
  expired: (AlertLevel | null)[] = [];
  renders = 0;
  readonly idle = new IdleController(this, {
    clock: () => this.clock,
    hosted: () => this.hosted,
    idleMs: () => 60 * S,
    warnMs: 30 * S,
    alertOn: () => this.alertOn,
    inUse: () => this.inUse,
    held: () => this.held,
    onExpired: (alert) => {
      this.expired.push(alert);
      this.idle.restart();
    },
  });
  override render() {
    this.renders++;
    return html`${this.idle.warningSeconds ?? ''}${this.idle.packOn ? ' pack' : ''}`;
  }
  /** A hosted widget showing `attrs`, as the kiosk's widgets reflect their outcome and state. */
  host(name: WidgetName, attrs: Record<string, string>): HTMLElement {
    const el = this.hosted.get(name) ?? document.createElement('div');
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
    this.hosted.set(name, el);
    return el;
  }
}
customElements.define('idle-probe', IdleProbe);

/** Lets the quarter-second check run, and the host repaint. */
async function check(el: IdleProbe) {
  await new Promise((r) => setTimeout(r, 300));
  await el.updateComplete;
}

async function probe(): Promise<IdleProbe> {
  const el = await fixture<IdleProbe>(html`<idle-probe></idle-probe>`);
  el.idle.restart(); // quiet time from the fake clock's time
  return el;
}

/** Quiet long enough for the warning. */
async function warned(el: IdleProbe) {
  el.clock.advance(60 * S);
  await check(el);
  expect(el.idle.warningSeconds).to.equal(30);
}

describe('IdleController (the kiosk\'s privacy timing)', () => {
  it('warns after the quiet time, counting down in whole seconds, and repaints only when they change', async () => {
    const el = await probe();
    el.clock.advance(59 * S);
    await check(el);
    expect(el.idle.warningSeconds).to.equal(null);
    el.clock.advance(1 * S);
    await check(el);
    expect(el.shadowRoot!.textContent).to.equal('30');
    const renders = el.renders;
    await check(el);
    expect(el.renders, 'the same second again').to.equal(renders);
    el.clock.advance(10.5 * S);
    await check(el);
    expect(el.shadowRoot!.textContent).to.equal('20');
    expect(el.expired).to.deep.equal([]);
  });

  it('counts quiet time only while there is something to forget', async () => {
    const el = await probe();
    el.inUse = false;
    el.clock.advance(10 * 60 * S);
    await check(el);
    expect(el.idle.warningSeconds).to.equal(null);
    expect(el.expired).to.deep.equal([]);
    el.inUse = true;
    el.clock.advance(59 * S);
    await check(el);
    expect(el.idle.warningSeconds, 'the quiet time before counts for nothing').to.equal(null);
  });

  for (const type of ['pointerdown', 'keydown', 'wheel'] as const) {
    it(`a ${type} starts quiet time again; the warning goes at the next check`, async () => {
      const el = await probe();
      await warned(el);
      el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      await check(el);
      expect(el.idle.warningSeconds).to.equal(null);
      el.clock.advance(59 * S);
      await check(el);
      expect(el.idle.warningSeconds).to.equal(null);
    });
  }

  it('"still here" takes the warning away at once and starts quiet time again', async () => {
    const el = await probe();
    await warned(el);
    el.idle.stillHere();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('');
    el.clock.advance(59 * S);
    await check(el);
    expect(el.idle.warningSeconds).to.equal(null);
  });

  it('runs out when the warning has counted down, with no outcome to report when none is shown', async () => {
    const el = await probe();
    el.host('triage', {});
    await warned(el);
    el.clock.advance(29 * S);
    await check(el);
    expect(el.expired).to.deep.equal([]);
    el.clock.advance(1 * S);
    await check(el);
    expect(el.expired).to.deep.equal([null]);
  });

  it('runs out on the most serious outcome left on screen that the clinic alerts on', async () => {
    const el = await probe();
    const runOut = async () => {
      el.clock.advance(90 * S);
      await check(el);
      return el.expired.pop();
    };
    el.host('triage', { disposition: 'urgent' });
    expect(await runOut()).to.equal('urgent');
    el.alertOn = ['emergency'];
    expect(await runOut(), 'urgent not alerted on').to.equal(null);
    el.host('red-flags', { level: 'emergency' });
    expect(await runOut()).to.equal('emergency');
    el.alertOn = ['emergency', 'urgent'];
    expect(await runOut(), 'emergency before urgent').to.equal('emergency');
    el.hosted.clear();
    el.host('red-flags', { alert: '' });
    expect(await runOut(), "the checklist's older alert attribute").to.equal('emergency');
    el.hosted.clear();
    el.host('triage', { disposition: 'see-doctor' });
    expect(await runOut()).to.equal(null);
  });

  it('stands still while a hosted timer runs, and says when the pack may still be on', async () => {
    const el = await probe();
    const timer = el.host('timer', { state: 'running' });
    await check(el);
    el.clock.advance(10 * 60 * S);
    await check(el);
    expect(el.idle.warningSeconds).to.equal(null);
    expect(el.idle.packOn).to.equal(false);
    timer.setAttribute('state', 'paused');
    await check(el);
    expect(el.idle.packOn).to.equal(true);
    expect(el.idle.warningSeconds, 'the round does not count as quiet time').to.equal(null);
    el.clock.advance(60 * S);
    await check(el);
    expect(el.shadowRoot!.textContent).to.equal('30 pack');
    timer.setAttribute('state', 'done');
    await check(el);
    expect(el.idle.packOn).to.equal(true);
    timer.setAttribute('state', 'idle');
    await check(el);
    expect(el.idle.packOn).to.equal(false);
  });

  it('stands still while held (the staff screen): nothing counts down or runs out', async () => {
    const el = await probe();
    el.held = true;
    el.clock.advance(10 * 60 * S);
    await check(el);
    expect(el.idle.warningSeconds).to.equal(null);
    expect(el.expired).to.deep.equal([]);
  });

  it('notes when each outcome first appeared, a changed one from its change, and forgets them on a restart', async () => {
    const el = await probe();
    const start = el.clock.now();
    const triage = el.host('triage', { disposition: 'see-doctor' });
    await check(el);
    el.clock.advance(5 * S);
    await check(el);
    expect(el.idle.firstSeen('see-doctor')).to.equal(start);
    triage.setAttribute('disposition', 'emergency');
    await check(el);
    el.clock.advance(10 * S);
    await check(el);
    expect(el.idle.firstSeen('emergency')).to.equal(start + 5 * S);
    expect(el.idle.firstSeen('see-doctor')).to.equal(undefined);
    triage.removeAttribute('disposition');
    await check(el);
    expect(el.idle.firstSeen('emergency')).to.equal(undefined);
    triage.setAttribute('disposition', 'emergency');
    await check(el);
    el.idle.restart();
    expect(el.idle.firstSeen('emergency')).to.equal(undefined);
  });

  it('starts quiet time again when put back in the page, and stops checking once removed', async () => {
    const el = await probe();
    el.clock.advance(50 * S);
    await check(el);
    const section = moveElsewhere(el);
    el.clock.advance(50 * S);
    await check(el);
    expect(el.expired, 'a hundred seconds in all, but fifty since it was put back').to.deep.equal([]);
    expect(el.idle.warningSeconds).to.equal(null);
    el.remove();
    el.clock.advance(10 * 60 * S);
    await check(el);
    expect(el.expired).to.deep.equal([]);
    section.remove();
  });
});
