import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Parser } from './attributes.js';
import { theme } from './theme.js';
import { VERSION } from './version.js';

// Built outside the class so the manifest lists only each element's own @fires.
const spasmEvent = <T>(name: string, detail: T) => new CustomEvent<T>(name, { detail, bubbles: true, composed: true });

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

  private warnedAbout = new Set<string>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Returns the element to its initial state, forgetting what the user did. */
  abstract reset(): void;

  /** Fires a `spasm-…` event that crosses shadow roots, with a plain-JSON detail. */
  protected emit<T>(name: `spasm-${string}`, detail: T): void {
    this.dispatchEvent(spasmEvent(name, detail));
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
   * Parses attribute `name` and, when its value is unusable, warns once (per
   * element, attribute and value) saying what is used instead.
   */
  protected attr<T>(name: string, raw: string | null | undefined, parse: Parser<T>): T {
    const { value, expected } = parse(raw);
    const key = `${name}\u0000${raw}`;
    if (expected && !this.warnedAbout.has(key)) {
      this.warnedAbout.add(key);
      const used = value == null ? 'nothing' : `"${value}"`;
      console.warn(`<${this.localName}> ${name}="${raw}" is not valid (expected ${expected}); using ${used}.`);
    }
    return value;
  }
}
