import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../src/core/announcer.js';
import { theme } from '../../src/core/theme.js';

class SayProbe extends LitElement {
  static override styles = theme;
  readonly announcer = new Announcer(this);
  override render() {
    return html`<p>Timer</p>${this.announcer.render()}`;
  }
}
customElements.define('say-probe', SayProbe);

const region = (el: Element, live: 'polite' | 'assertive') => el.shadowRoot!.querySelector(`[aria-live=${live}]`)!;

/** Text added to the live regions, in order, as a screen reader sees additions. */
function recordAdditions(el: Element): string[] {
  const added: string[] = [];
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.textContent?.trim()) added.push(n.textContent.trim());
  }).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return added;
}

describe('Announcer', () => {
  it('renders one polite and one assertive region from the start, hidden from sight', async () => {
    const el = await fixture<SayProbe>(html`<say-probe></say-probe>`);
    expect(el.shadowRoot!.querySelectorAll('[aria-live=polite]')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[aria-live=assertive]')).to.have.length(1);
    expect(region(el, 'polite').getAttribute('role')).to.equal('status');
    expect(region(el, 'polite').getBoundingClientRect().width).to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('puts polite and assertive messages in their regions, emptying the other', async () => {
    const el = await fixture<SayProbe>(html`<say-probe></say-probe>`);
    el.announcer.polite('5 minutes left.');
    await el.updateComplete;
    expect(region(el, 'polite').textContent!.trim()).to.equal('5 minutes left.');
    el.announcer.assertive("Time's up.");
    await el.updateComplete;
    expect(region(el, 'assertive').textContent!.trim()).to.equal("Time's up.");
    expect(region(el, 'polite').textContent!.trim()).to.equal('');
  });

  it('says the same words again when asked twice (a second round started)', async () => {
    const el = await fixture<SayProbe>(html`<say-probe></say-probe>`);
    const added = recordAdditions(el);
    el.announcer.polite('Ice round started.');
    await el.updateComplete;
    el.announcer.polite('Ice round started.');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(added).to.deep.equal(['Ice round started.', 'Ice round started.']);
  });

  it('forgets what was said when taken off the page', async () => {
    const el = await fixture<SayProbe>(html`<say-probe></say-probe>`);
    el.announcer.assertive("Time's up.");
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.requestUpdate();
    await el.updateComplete;
    expect(region(el, 'assertive').textContent!.trim()).to.equal('');
  });
});
