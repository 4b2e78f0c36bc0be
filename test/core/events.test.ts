import { expect, fixture, html } from '@open-wc/testing';
import { SpasmElement } from '../../src/core/base.js';
import { spasmEvent, type SpasmEventMap } from '../../src/core/events.js';

class EventProbe extends SpasmElement {
  static override properties = { screen: {} };
  screen = 'start';
  reset(): void {
    this.screen = 'start';
    void this.emitAfterRender('spasm-kiosk-reset', { reason: 'user' });
  }
  finishNow(): void {
    this.screen = 'start';
    this.dispatchEvent(spasmEvent('spasm-kiosk-reset', { reason: 'idle' }));
  }
  override render() {
    return html`<p>${this.screen}</p>`;
  }
}
customElements.define('event-probe', EventProbe);

// Compiled, never run: page code gets each event's detail typed, and tsc fails the build if not.
void ((el: HTMLElement) =>
  el.addEventListener('spasm-timer-start', (e) => {
    const ends: number = e.detail.endsAt;
    // @ts-expect-error: a timer event has no `reason`
    void e.detail.reason;
    void ends;
  }));

describe('events', () => {
  it('emitAfterRender fires once the render it describes is on screen', async () => {
    const el = await fixture<EventProbe>(html`<event-probe></event-probe>`);
    el.screen = 'home';
    await el.updateComplete;
    const seen: string[] = [];
    el.addEventListener('spasm-kiosk-reset', (e) => {
      seen.push(`${e.detail.reason}: ${el.shadowRoot!.querySelector('p')!.textContent}`);
    });
    el.reset();
    expect(seen, 'not before the render').to.deep.equal([]);
    await el.updateComplete;
    expect(seen).to.deep.equal(['user: start']);
  });

  it('events bubble out of shadow roots to the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><event-probe></event-probe></div>`);
    const details: SpasmEventMap['spasm-kiosk-reset'][] = [];
    wrapper.addEventListener('spasm-kiosk-reset', (e) => details.push(e.detail));
    (wrapper.firstElementChild as EventProbe).finishNow();
    expect(details).to.deep.equal([{ reason: 'idle' }]);
  });
});
