/**
 * The CDN file's entry: every element, plus the page API on one global,
 * `window.SpasmWidgets`. Bundled as one classic script (no import/export), so
 * it runs pasted as `<script src>` or `<script type="module">` alike. A page
 * that loads it twice keeps the first copy's API, as it keeps the first
 * copy's element definitions.
 */
import { getLocale, locales, setLocale, VERSION } from './index.js';

/** What `window.SpasmWidgets` offers a page. */
export interface SpasmWidgetsGlobal {
  /** Switches every widget to a BCP 47 language tag (closest supported; English when none). */
  readonly setLocale: (tag: string) => Promise<void>;
  /** The locale the widgets show now. */
  readonly getLocale: () => string;
  /** The locales the widgets can show, source first. */
  readonly locales: readonly string[];
  /** This copy's version, e.g. "0.2.0". */
  readonly version: string;
}

const page = globalThis as { SpasmWidgets?: SpasmWidgetsGlobal };
page.SpasmWidgets ??= Object.freeze({ setLocale, getLocale, locales, version: VERSION });
