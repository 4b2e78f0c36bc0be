import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusGuard } from '../../src/core/focus.js';

class FocusProbe extends LitElement {
  step = 1;
  readonly guard = new FocusGuard(this);
  moved: Promise<boolean> | undefined;
  next(): void {
    this.step++;
    this.requestUpdate();
    this.moved = this.guard.afterAction('h2');
  }
  override render() {
    return html`<h2 tabindex="-1">Step ${this.step}</h2>
      <button @click=${this.next}>Next</button>`;
  }
}
customElements.define('focus-probe', FocusProbe);

describe('FocusGuard', () => {
  it("moves focus after the patient's own click inside the element", async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    el.shadowRoot!.querySelector('button')!.click();
    expect(await el.moved).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
  });

  it('never moves focus for a step a timer took', async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    el.shadowRoot!.querySelector('button')!.focus();
    await new Promise<void>((r) =>
      setTimeout(() => {
        el.next(); // as a hold ending on its own would
        r();
      }, 10),
    );
    expect(await el.moved).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
  });

  it("a click a moment ago does not make a later tick the patient's action", async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    el.shadowRoot!.querySelector('button')!.click();
    await el.moved;
    await new Promise((r) => setTimeout(r, 20));
    expect(el.guard.patientActing).to.equal(false);
  });

  it('keeps focus on a field outside while the patient types there', async () => {
    const wrapper = await fixture(html`<div><input /><focus-probe></focus-probe></div>`);
    const input = wrapper.querySelector('input')!;
    const el = wrapper.querySelector('focus-probe') as FocusProbe;
    await el.updateComplete;
    input.focus();
    await new Promise<void>((r) => setTimeout(() => (el.next(), r()), 10));
    expect(await el.moved).to.equal(false);
    expect(await el.guard.whenFree('h2')).to.equal(false);
    expect(document.activeElement).to.equal(input);
  });

  it('whenFree puts focus back when it was lost from inside the element', async () => {
    const el = await fixture<FocusProbe>(html`<focus-probe></focus-probe>`);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(await el.guard.whenFree('h2')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('h2'));
  });
});
