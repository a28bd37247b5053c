import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { getLocale } from '../localization.js';
import { updateTranslatorMode } from './translator-mode-state.js';

export { isTranslatorMode } from './translator-mode-state.js';
export { NOT_TRANSLATED_MARKER } from './untranslated-markers.js';

/**
 * Translator mode: every message without a target in the current locale shows
 * `__NOT_TRANSLATED__` instead of falling back to English, so translators see at a glance
 * what is left. Every localized element on the page re-renders at once.
 */
export function setTranslatorMode(on: boolean): void {
  if (!updateTranslatorMode(on)) return;
  // The locale stays the same, so lit-localize announces nothing; a `ready` status is
  // what @localized() elements and LocaleController re-render on.
  window.dispatchEvent(
    new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: getLocale() } }),
  );
}
