import { msg } from '@lit/localize';
import type { LanguagePreference, SupportedLocale } from '../../localization.js';

export interface LanguageOption {
  value: LanguagePreference;
  /** The language's name in the interface language; the option's name starts with it. */
  label: string;
}

/**
 * Each language's name in itself, shown after the translated name so a user who
 * landed on a language they cannot read still finds their own.
 */
export const NATIVE_LANGUAGE_NAMES: Readonly<Record<SupportedLocale, string>> = {
  en: 'English',
  ko: '한국어',
  ru: 'Русский',
  fr: 'Français',
  mn: 'Монгол',
  id: 'Bahasa Indonesia',
};

/** The choices of the Language combobox, in the order the documentation lists them. */
export function languageOptions(): LanguageOption[] {
  return [
    { value: 'default', label: msg('OS Default', { id: 'language.OSDefault' }) },
    { value: 'en', label: msg('English', { id: 'language.English' }) },
    { value: 'ko', label: msg('Korean', { id: 'language.Korean' }) },
    { value: 'ru', label: msg('Russian', { id: 'language.Russian' }) },
    { value: 'fr', label: msg('French', { id: 'language.French' }) },
    { value: 'mn', label: msg('Mongolian', { id: 'language.Mongolian' }) },
    { value: 'id', label: msg('Indonesian', { id: 'language.Indonesian' }) },
  ];
}
