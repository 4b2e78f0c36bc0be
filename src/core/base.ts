import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Parser } from './attributes.js';
import { spasmEvent, type SpasmEventMap, type SpasmEventName } from './events.js';
import { readSetting } from './settings.js';
import { theme } from './theme.js';
import { VERSION } from './version.js';

/**
 * What every spasm-widgets element shares: the kiosk flag, the theme, event
 * and attribute helpers, and re-rendering when the locale changes.
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

  /** Fires a `spasm-…` event (see core/events.ts) that crosses shadow roots, at once. */
  protected emit<K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): void;
  /** @deprecated Name the event in SpasmEventMap (core/events.ts) so its detail is typed. */
  protected emit(name: `spasm-${string}`, detail: unknown): void;
  protected emit(name: `spasm-${string}`, detail: unknown): void {
    this.dispatchEvent(spasmEvent(name as SpasmEventName, detail as never));
  }

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

  /**
   * Moves focus to the first element matching `selector` once the next render
   * is on screen: a new step's heading, a call to action. Give the target
   * tabindex="-1" if it is not focusable by itself.
   */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Parses setting `name` from whatever type it was given (attribute text, or a
   * number or boolean set as a property) and, when its value is unusable, warns
   * once (per element, attribute and value) saying what is used instead.
   */
  protected attr<T>(name: string, raw: unknown, parse: Parser<T>): T {
    return readSetting(this, name, raw, parse);
  }
}
