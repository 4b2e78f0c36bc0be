import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as es from '../generated/locales/es.js';

type LocaleModule = typeof es;

// Every translation is bundled so the clinic loads one file and we make no
// further requests; lit-localize's loader just picks the right module.
const modules: Record<string, LocaleModule> = { es };

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => modules[locale]!,
});

/** The locale the widgets are showing now. */
export const getLocale: () => string = localization.getLocale;

/** The locales the widgets can show, source first. */
export const locales: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * The supported locale that best matches a BCP 47 tag (`es-MX` → `es`), or
 * undefined when we have none.
 */
export function matchLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const wanted = tag.trim().toLowerCase().replace('_', '-');
  const all = allLocales as readonly string[];
  return all.find((l) => l.toLowerCase() === wanted) ?? all.find((l) => l.toLowerCase() === wanted.split('-')[0]);
}

/**
 * Switches every widget on the page to `tag` (or its closest supported
 * locale; English when none). Resolves once the widgets can re-render.
 */
export function setLocale(tag: string): Promise<void> {
  return localization.setLocale(matchLocale(tag) ?? sourceLocale);
}

// Follow the page: its <html lang> now, and whenever a CMS or a language
// switcher changes it later.
const root = document.documentElement;
const followPage = () => void setLocale(root.lang);
followPage();
new MutationObserver(followPage).observe(root, { attributes: true, attributeFilter: ['lang'] });
