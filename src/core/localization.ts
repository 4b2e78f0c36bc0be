import { configureLocalization } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import * as ar from '../generated/locales/ar.js';
import * as es from '../generated/locales/es.js';

type LocaleModule = typeof es;

// Every translation is bundled so the clinic loads one file and we make no
// further requests; lit-localize's loader just picks the right module.
const modules: Record<string, LocaleModule> = { es, ar };

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
 * The translation of message `id` in `locale`, for the rare screen that shows
 * several languages at once (the kiosk's "Tap to start"). Undefined for the
 * source locale or a missing translation: the caller falls back to English.
 */
export function translationIn(locale: string, id: string): string | undefined {
  const template = (modules[locale]?.templates as Record<string, unknown> | undefined)?.[id];
  return typeof template === 'string' ? template : undefined;
}

/** A locale's own name for itself, capitalised: "English", "Español". */
export function localeName(locale: string): string {
  let name = locale;
  try {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    // an engine without DisplayNames shows the code
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

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
  const locale = matchLocale(tag);
  if (!locale && tag?.trim()) warnUnsupported(tag.trim());
  return localization.setLocale(locale ?? sourceLocale);
}

const warnedTags = new Set<string>();
function warnUnsupported(tag: string): void {
  if (warnedTags.has(tag.toLowerCase())) return;
  warnedTags.add(tag.toLowerCase());
  console.warn(`spasm-widgets: no translation for "${tag}"; showing English (available: ${locales.join(', ')}).`);
}

/** The locale the page asks for: what a kiosk returns to between patients. */
export const pageLocale = (): string => matchLocale(document.documentElement.lang) ?? sourceLocale;

// Follow the page: its <html lang> now, and whenever a CMS or a language
// switcher changes it later. Server rendering (Node) has no page to follow.
if (typeof document !== 'undefined') {
  const root = document.documentElement;
  const followPage = () => void setLocale(root.lang);
  followPage();
  new MutationObserver(followPage).observe(root, { attributes: true, attributeFilter: ['lang'] });
}
