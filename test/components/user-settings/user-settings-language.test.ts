import { expect } from '@open-wc/testing';
import { templates as korean } from '../../../src/generated/locales/ko.js';
import { applyLanguage, getLocale } from '../../../src/localization.js';
import { PreferencesStore } from '../../../src/preferences/preferences-store.js';
import { isTranslatorMode, setTranslatorMode } from '../../../src/i18n/translator-mode.js';
import { getAllByRole, getByRole } from '../../support/queries.js';
import { chooseOption, optionNames } from '../choose-option.js';
import type { BaiUserSettings } from '../../../src/components/user-settings/user-settings.js';
import { renderSettings, uniqueNamespace, waitFor, findRole } from './fixture.js';

function browserLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze(languages), configurable: true });
}

/** The page's one combobox, in whatever language the page is in now. */
function languageSelect(element: BaiUserSettings): HTMLSelectElement {
  return getByRole(element, 'combobox') as HTMLSelectElement;
}

function chooseLanguage(element: BaiUserSettings, name: RegExp): void {
  chooseOption(getByRole(element, 'combobox', { name: 'Language' }), name);
}

describe('<bai-user-settings> Language', () => {
  afterEach(async () => {
    delete (navigator as { languages?: unknown }).languages;
    await applyLanguage('en');
  });

  it('offers OS Default and six languages, each starting with its English name', async () => {
    browserLanguages(['en-US']);
    const element = await renderSettings();
    const names = optionNames(languageSelect(element));
    expect(names).to.deep.equal([
      'OS Default · English',
      'English',
      'Korean · 한국어',
      'Russian · Русский',
      'French · Français',
      'Mongolian · Монгол',
      'Indonesian · Bahasa Indonesia',
    ]);
  });

  it('switches the page language at once, keeps the choice and announces it', async () => {
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    const changes: unknown[] = [];
    element.addEventListener('bai-preference-change', (event) => changes.push(event.detail));
    chooseLanguage(element, /^Korean/);
    await waitFor(() => getLocale() === 'ko', 'Korean locale');
    await waitFor(() => element.lang === 'ko', 'lang attribute');
    expect(PreferencesStore.for(namespace).get('language')).to.equal('ko');
    expect(changes).to.deep.include({ namespace, key: 'language', value: 'ko', oldValue: 'default', origin: 'local' });

    // The tab label is rendered again in the new language, with no reload.
    const general = (korean['userSettings.General'] as string | undefined) ?? 'General';
    await findRole(element, 'tab', { name: general });

    // A page loaded later with the same namespace starts in Korean.
    element.remove();
    await applyLanguage('en');
    const again = await renderSettings({ namespace });
    await waitFor(() => getLocale() === 'ko', 'Korean after reload');
    expect(languageSelect(again).value).to.equal('ko');
  });

  it('searches in the current language', async () => {
    const namespace = uniqueNamespace();
    await PreferencesStore.for(namespace).set('language', 'ko');
    const element = await renderSettings({ namespace });
    await waitFor(() => getLocale() === 'ko', 'Korean locale');
    await element.updateComplete;
    const label = (korean['userSettings.AutoLogout'] as string | undefined) ?? 'Auto Logout';
    const box = getByRole(element, 'searchbox') as HTMLInputElement;
    box.value = label;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    const switches = getAllByRole(element, 'switch').map((control) => control.getAttribute('aria-label'));
    expect(switches).to.include(label);
    expect(switches).to.have.length(2);
  });

  it('OS Default follows the browser languages, also when they change', async () => {
    browserLanguages(['fr-CA', 'en']);
    const element = await renderSettings();
    await waitFor(() => getLocale() === 'fr', 'French from the browser');
    expect(languageSelect(element).value).to.equal('default');

    browserLanguages(['ru-RU']);
    window.dispatchEvent(new Event('languagechange'));
    await waitFor(() => getLocale() === 'ru', 'Russian after languagechange');
  });

  it('falls back to English when no browser language is supported', async () => {
    browserLanguages(['de-DE']);
    await applyLanguage('fr');
    await renderSettings();
    await waitFor(() => getLocale() === 'en', 'English fallback');
  });

  it('an explicit choice is not overridden by a browser language change', async () => {
    const namespace = uniqueNamespace();
    await PreferencesStore.for(namespace).set('language', 'id');
    await renderSettings({ namespace });
    await waitFor(() => getLocale() === 'id', 'Indonesian');
    browserLanguages(['ko-KR']);
    window.dispatchEvent(new Event('languagechange'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLocale()).to.equal('id');
  });

  it('follows a language chosen in another tab', async () => {
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    await PreferencesStore.for(namespace).set('language', 'mn');
    await waitFor(() => getLocale() === 'mn', 'Mongolian');
    await element.updateComplete;
    expect(languageSelect(element).value).to.equal('mn');
  });

  it('turns translator mode on with show-untranslated and off when it is removed', async () => {
    try {
      const element = await renderSettings({ attributes: { 'show-untranslated': true } });
      expect(isTranslatorMode()).to.equal(true);
      element.removeAttribute('show-untranslated');
      await element.updateComplete;
      expect(isTranslatorMode()).to.equal(false);

      // An element without the attribute leaves the page-wide mode alone.
      setTranslatorMode(true);
      await renderSettings();
      expect(isTranslatorMode()).to.equal(true);
    } finally {
      setTranslatorMode(false);
    }
  });
});
