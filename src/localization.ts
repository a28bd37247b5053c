import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { untranslated } from './generated/untranslated.js';
import { withUntranslatedMarkers } from './i18n/untranslated-markers.js';

export type SupportedLocale = typeof sourceLocale | (typeof targetLocales)[number];
/** The `language` preference: a supported locale, or `default` to follow the browser. */
export type LanguagePreference = 'default' | SupportedLocale;

export const SUPPORTED_LOCALES: readonly SupportedLocale[] = [sourceLocale, ...targetLocales];

// Rollup cannot split a template-literal import(), so each locale has its own loader.
const loaders = {
  ko: () => import('./generated/locales/ko.js'),
  ru: () => import('./generated/locales/ru.js'),
  fr: () => import('./generated/locales/fr.js'),
  mn: () => import('./generated/locales/mn.js'),
  id: () => import('./generated/locales/id.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

type LocalizationRuntime = ReturnType<typeof configureLocalization>;
let runtime: LocalizationRuntime | undefined;

// configureLocalization may run once per page; the first caller owns it.
function localization(): LocalizationRuntime {
  runtime ??= configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: async (locale) => {
      const target = locale as keyof typeof loaders;
      const { templates } = await loaders[target]();
      // Translator mode needs to know which of these are English fallbacks.
      return { templates: withUntranslatedMarkers(templates, new Set(untranslated[target])) };
    },
  });
  return runtime;
}

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale a preference stands for. `default` takes the first of the browser's
 * languages whose primary subtag is supported (`ko-KR` → `ko`), else English.
 */
export function resolveLocale(
  preference: string,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): SupportedLocale {
  if (preference !== 'default') return isSupportedLocale(preference) ? preference : sourceLocale;
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isSupportedLocale(primary)) return primary;
  }
  return sourceLocale;
}

export function getLocale(): SupportedLocale {
  return localization().getLocale() as SupportedLocale;
}

/** Switches every localized element on the page to the locale a preference stands for. */
export async function applyLanguage(preference: string): Promise<SupportedLocale> {
  const locale = resolveLocale(preference);
  await localization().setLocale(locale);
  return locale;
}
