import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Ticker } from '../../src/core/ticker.js';

class TickProbe extends LitElement {
  on = true;
  renders = 0;
  readonly ticker = new Ticker(this, () => this.on, 20);
  override render() {
    this.renders++;
    return html`${this.renders}`;
  }
}
customElements.define('tick-probe', TickProbe);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Ticker', () => {
  it('repaints while connected and active', async () => {
    const el = await fixture<TickProbe>(html`<tick-probe></tick-probe>`);
    const first = el.renders;
    await wait(300);
    expect(el.renders - first).to.be.at.least(3);
  });

  it('stops when not active, and starts again at the next update that makes it active', async () => {
    const el = await fixture<TickProbe>(html`<tick-probe></tick-probe>`);
    el.on = false;
    el.requestUpdate();
    await el.updateComplete;
    const stopped = el.renders;
    await wait(100);
    expect(el.renders).to.equal(stopped);
    el.on = true;
    el.requestUpdate();
    // Generous: a loaded machine (three browsers on two cores) runs a 20 ms interval late.
    await wait(300);
    expect(el.renders - stopped).to.be.at.least(3);
  });

  it('keeps going after being moved in the page (a tab panel, a re-ordered list)', async () => {
    const el = await fixture<TickProbe>(html`<tick-probe></tick-probe>`);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnected, then connected again
    expect(el.ticker.running).to.equal(true);
    const moved = el.renders;
    // As generous as above, for the same loaded machine.
    await wait(300);
    expect(el.renders - moved).to.be.at.least(3);
    elsewhere.remove();
  });

  it('stops once removed from the page', async () => {
    const el = await fixture<TickProbe>(html`<tick-probe></tick-probe>`);
    el.remove();
    expect(el.ticker.running).to.equal(false);
    const gone = el.renders;
    await wait(100);
    expect(el.renders).to.equal(gone);
  });

  it('repaints at once when the page is shown again', async () => {
    const el = await fixture<TickProbe>(html`<tick-probe></tick-probe>`);
    el.on = false;
    el.requestUpdate();
    await el.updateComplete;
    const before = el.renders;
    window.dispatchEvent(new Event('pageshow'));
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
  });
});
