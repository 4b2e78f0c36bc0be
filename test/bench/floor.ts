// The benchmark's floor: six trivial Lit elements (as many as the demo page has widgets), compiled and bundled the
// way dist/spasm-widgets.js is (tsc, then rollup with the same plugins into
// build/bench-floor.js), for demo/bench-floor.html. What the real page costs
// above this is ours.
import { css, html, LitElement } from 'lit';

class FloorCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 16px;
      border: 1px solid #8a94a0;
    }
  `;
  static override properties = { label: {} };
  label = 'A trivial element';
  override render() {
    return html`<h2>${this.label}</h2>
      <p>Some text under it.</p>
      <button type="button">A button</button>`;
  }
}

for (const tag of ['floor-one', 'floor-two', 'floor-three', 'floor-four', 'floor-five', 'floor-six']) customElements.define(tag, class extends FloorCard {});
