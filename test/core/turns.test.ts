import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { SpasmElement } from '../../src/core/base.js';
import { nextTask, turn } from '../../src/core/turns.js';

class TurnProbe extends SpasmElement {
  clicks = 0;
  override reset(): void {
    this.clicks = 0;
  }
  private press = () => {
    this.clicks++;
    this.requestUpdate();
  };
  override render() {
    return html`<button type="button" @click=${this.press}>Pressed ${this.clicks}</button>`;
  }
}
customElements.define('turn-probe', TurnProbe);
class LateProbe extends TurnProbe {}

const rendered = (el: TurnProbe) => el.shadowRoot?.querySelector('button')?.textContent?.trim() ?? '';

// That each turn is a task of its own, and so the longest task of a load, is
// measured by `npm run bench` from a Chromium trace: no engine tells a test
// where its tasks begin, and WebKit delivers messages of different channels
// out of the order they were posted, so a counting task cannot tell either.
describe('turns', () => {
  // First in this file, which runs in a page of its own: the page's first turn.
  it('serves the first turn of a page in an animation frame, so it is drawn in that frame', async () => {
    let inFrame = false;
    requestAnimationFrame(() => {
      inFrame = true;
      void nextTask().then(() => (inFrame = false));
    });
    let seen: boolean | undefined;
    await turn().then(() => (seen = inFrame));
    expect(seen, 'resolved during the frame, before it is painted').to.equal(true);
  });

  it('resolves each turn in a later task than the one that asked, in the order asked', async () => {
    const order: string[] = [];
    const asked = [turn().then(() => order.push('a')), turn().then(() => order.push('b')), turn().then(() => order.push('c'))];
    await Promise.resolve();
    expect(order, 'nothing in the asking task').to.deep.equal([]);
    await Promise.all(asked);
    expect(order).to.deep.equal(['a', 'b', 'c']);
  });

  it('renders widgets added together one per task, first added first, and each works', async () => {
    const box = document.createElement('div');
    const els = [1, 2, 3].map(() => document.createElement('turn-probe') as TurnProbe);
    box.append(...els);
    document.body.append(box);
    try {
      await els[0]!.updateComplete;
      expect(rendered(els[0]!)).to.equal('Pressed 0');
      expect(rendered(els[1]!), 'the second waits for its own task').to.equal('');
      await els[1]!.updateComplete;
      expect(rendered(els[2]!), 'the third waits too').to.equal('');
      await els[2]!.updateComplete;
      expect(els.map(rendered)).to.deep.equal(['Pressed 0', 'Pressed 0', 'Pressed 0']);
      els[1]!.shadowRoot!.querySelector('button')!.click();
      await els[1]!.updateComplete;
      expect(rendered(els[1]!), 'later renders follow at once').to.equal('Pressed 1');
    } finally {
      box.remove();
    }
  });

  it('renders the widget higher on the page first, whichever tag was defined first', async () => {
    const box = document.createElement('div');
    const top = document.createElement('late-probe') as TurnProbe;
    const below = document.createElement('turn-probe') as TurnProbe;
    box.append(top, below);
    document.body.append(box);
    try {
      // turn-probe is defined, so the lower one asked first; late-probe upgrades now.
      customElements.define('late-probe', LateProbe);
      await top.updateComplete;
      expect(rendered(top)).to.equal('Pressed 0');
      expect(rendered(below), 'the lower one waits').to.equal('');
      await below.updateComplete;
      expect(rendered(below)).to.equal('Pressed 0');
    } finally {
      box.remove();
    }
  });
});
