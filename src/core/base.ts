import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { spasmEvent, type SpasmEventMap, type SpasmEventName } from './events.js';
import { localeDir } from './bidi.js';
import { getLocale } from './localization.js';
import { theme } from './theme.js';
import { warmUpFormatters } from './format.js';
import { nextTask, turn } from './turns.js';
import { VERSION } from './version.js';

/**
 * What every spasm-widgets element shares: the kiosk flag, the theme, firing
 * events after the render they describe, and re-rendering when the locale changes.
 */
/** One sheet per browser default size seen: `:host { --_medium: 32px }`. */
const mediumSheets = new Map<string, CSSStyleSheet>();

/**
 * The browser's default font size (the `medium` keyword, which the patient may
 * have set larger), as a sheet that gives it to our styles as `--_medium`, for
 * the sizes CSS cannot reach from the keyword alone (kiosk text is 1.25× it).
 * Null where constructable sheets are missing: the styles then fall back to px.
 */
function mediumSheet(): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype)) return null;
  const px = mediumPx();
  let sheet = mediumSheets.get(px);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { --_medium: ${px}; }`);
    mediumSheets.set(px, sheet);
  }
  return sheet;
}

let formattersWarm = false;

let measured: string | null = null;

/**
 * The probe forces a style pass, so widgets connected in one task (a page's
 * upgrade) share one measurement; the next task measures afresh, in case the
 * patient changed the setting.
 */
function mediumPx(): string {
  if (measured === null) {
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium';
    document.documentElement.append(probe);
    measured = getComputedStyle(probe).fontSize;
    probe.remove();
    void nextTask().then(() => (measured = null));
  }
  return measured;
}

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

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.renderRoot;
    const sheet = root instanceof ShadowRoot ? mediumSheet() : null;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => ![...mediumSheets.values()].includes(s)), sheet];
    }
  }

  /**
   * A first render takes a turn (see turns.ts), so several widgets never
   * render in one long task. The turn after the first widget's makes the Intl
   * formatters, whose first use is the slowest step of a load, so the widgets
   * after it do not pay for that.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const mine = turn(this).then(() => super.scheduleUpdate());
    if (!formattersWarm) {
      formattersWarm = true;
      void turn().then(warmUpFormatters);
    }
    return mine;
  }

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
