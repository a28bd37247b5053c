import { isSupportedLocale, type LanguagePreference } from '../localization.js';

/** Every user preference the settings page edits, with its value type. */
export interface Preferences {
  desktopNotification: boolean;
  compactSidebar: boolean;
  language: LanguagePreference;
  automaticUpdateCheck: boolean;
  autoLogout: boolean;
  betaFeatures: boolean;
}

export type PreferenceKey = keyof Preferences;

type Validators = { readonly [K in PreferenceKey]: (value: unknown) => value is Preferences[K] };

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isLanguage = (value: unknown): value is LanguagePreference => value === 'default' || isSupportedLocale(value);

const VALIDATORS: Validators = {
  desktopNotification: isBoolean,
  compactSidebar: isBoolean,
  language: isLanguage,
  automaticUpdateCheck: isBoolean,
  autoLogout: isBoolean,
  betaFeatures: isBoolean,
};

export const PREFERENCE_KEYS: readonly PreferenceKey[] = Object.freeze(Object.keys(VALIDATORS) as PreferenceKey[]);

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  desktopNotification: false,
  compactSidebar: false,
  language: 'default',
  automaticUpdateCheck: true,
  autoLogout: false,
  betaFeatures: false,
});

export function isPreferenceKey(key: unknown): key is PreferenceKey {
  return typeof key === 'string' && Object.hasOwn(VALIDATORS, key);
}

export function isValidPreference<K extends PreferenceKey>(key: K, value: unknown): value is Preferences[K] {
  return isPreferenceKey(key) && VALIDATORS[key](value);
}
