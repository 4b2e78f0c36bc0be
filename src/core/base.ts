import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { spasmEvent, type SpasmEventMap, type SpasmEventName } from './events.js';
import { theme } from './theme.js';
import { VERSION } from './version.js';

/**
 * What every spasm-widgets element shares: the kiosk flag, the theme, firing
 * events after the render they describe, and re-rendering when the locale changes.
 */
export abstract class SpasmElement extends LitElement {
  /** Read by define() to tell a second copy of the library apart. */
  static spasmVersion = VERSION;

  static override styles: CSSResultGroup = theme;

  // Reactive properties are declared with `static properties`, not decorators:
  // TypeScript's decorator output costs bundle bytes in every element.
  static override properties: PropertyDeclarations = {
    kiosk: { type: Boolean, reflect: true },
  };

  /** Shared-tablet mode: larger targets, no storage, no outbound or tel: links. */
  kiosk = false;

  private readonly afterRenderQueue: (() => void)[] = [];

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.addController({ hostUpdated: () => this.afterRenderQueue.splice(0).forEach((fire) => fire()) });
  }

  /** Returns the element to its initial state, forgetting what the user did. */
  abstract reset(): void;

  /**
   * Fires a `spasm-…` event once the render it describes is on screen (at the
   * end of the next update, before `updateComplete` resolves), so a listener
   * that looks at the element sees the new state.
   */
  protected emitAfterRender<K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): Promise<void> {
    return new Promise((resolve) => {
      this.afterRenderQueue.push(() => {
        this.dispatchEvent(spasmEvent(name, detail));
        resolve();
      });
      this.requestUpdate();
    });
  }
}
