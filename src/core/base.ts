import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import type { Parser } from './attributes.js';
import { spasmEvent, type SpasmEventMap, type SpasmEventName } from './events.js';
import { localeDir } from './bidi.js';
import { getLocale } from './localization.js';
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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Returns the element to its initial state, forgetting what the user did. */
  abstract reset(): void;

  /**
   * Every render says which language the widget shows, and its direction, on
   * the element itself, so a screen reader reads a Spanish widget on an
   * English page in Spanish, and an English widget on a right-to-left page
   * stays left to right. (The locale is page-wide, so this is the page's
   * choice, never the element's own.)
   */
  protected override update(changed: Map<PropertyKey, unknown>): void {
    const lang = getLocale();
    const dir = localeDir(lang);
    if (this.getAttribute('lang') !== lang) this.setAttribute('lang', lang);
    if (this.getAttribute('dir') !== dir) this.setAttribute('dir', dir);
    super.update(changed);
  }

  /** Fires a `spasm-…` event (see core/events.ts) that crosses shadow roots, at once. */
  protected emit<K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): void;
  /** @deprecated Name the event in SpasmEventMap (core/events.ts) so its detail is typed. */
  protected emit(name: `spasm-${string}`, detail: unknown): void;
  protected emit(name: `spasm-${string}`, detail: unknown): void {
    this.dispatchEvent(spasmEvent(name as SpasmEventName, detail as never));
  }

  /**
   * Fires a `spasm-…` event once the render it describes is on screen, so a
   * listener that looks at the element sees the new state.
   */
  protected async emitAfterRender<K extends SpasmEventName>(name: K, detail: SpasmEventMap[K]): Promise<void> {
    await this.updateComplete;
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
   * Parses setting `name` from whatever type it was given (attribute text, or a
   * number or boolean set as a property) and, when its value is unusable, warns
   * once (per element, attribute and value) saying what is used instead.
   */
  protected attr<T>(name: string, raw: unknown, parse: Parser<T>): T {
    return readSetting(this, name, raw, parse);
  }
}
