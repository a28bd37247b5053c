import { expect } from '@open-wc/testing';
import { templates as french } from '../../src/generated/locales/fr.js';
import { templates as indonesian } from '../../src/generated/locales/id.js';
import { templates as korean } from '../../src/generated/locales/ko.js';
import { templates as mongolian } from '../../src/generated/locales/mn.js';
import { templates as russian } from '../../src/generated/locales/ru.js';
import { applyLanguage, getLocale, type SupportedLocale } from '../../src/localization.js';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { getByRole } from '../support/queries.js';
import { chooseOption } from '../components/choose-option.js';
import { findRole, renderSettings, uniqueNamespace, waitFor } from '../components/user-settings/fixture.js';
import { FIXTURE_ENGLISH, paragraph, type TestLocalizedFixture } from './localized-fixture.js';

const TEMPLATES: Partial<Record<SupportedLocale, Record<string, unknown>>> = {
  ko: korean,
  ru: russian,
  fr: french,
  mn: mongolian,
  id: indonesian,
};

// The General tab's controls as DESIGN.md names them in English, by message id.
const CONTROLS: [role: string, id: string, english: string][] = [
  ['tab', 'userSettings.General', 'General'],
  ['tab', 'userSettings.Logs', 'Logs'],
  ['switch', 'userSettings.DesktopNotification', 'Desktop Notification'],
  ['switch', 'userSettings.UseCompactSidebar', 'Use Compact Sidebar by default'],
  ['combobox', 'userSettings.Language', 'Language'],
  ['button', 'userSettings.SSHKeypairManagement', 'SSH Keypair Management'],
  ['switch', 'userSettings.AutomaticUpdateCheck', 'Automatic Update Check'],
  ['switch', 'userSettings.AutoLogout', 'Auto Logout'],
  ['button', 'userSettings.EditUserConfigScript', 'Edit User Config Script'],
  ['button', 'userSettings.EditBootstrapScript', 'Edit Bootstrap Script'],
  ['switch', 'userSettings.BetaFeatures', 'Beta Features'],
];

function translation(locale: string, id: string): string {
  const text = TEMPLATES[locale as SupportedLocale]?.[id];
  if (typeof text !== 'string') throw new Error(`${locale} has no plain text for ${id}`);
  return text;
}

function chooseLanguage(element: HTMLElement, currentLabel: string, option: RegExp): void {
  chooseOption(getByRole(element, 'combobox', { name: currentLabel }), option);
}

describe('the General tab in every language', () => {
  afterEach(() => applyLanguage('en'));

  for (const locale of Object.keys(TEMPLATES) as SupportedLocale[]) {
    it(`names every control in ${locale}, and sets lang="${locale}"`, async () => {
      const namespace = uniqueNamespace();
      await PreferencesStore.for(namespace).set('language', locale);
      const element = await renderSettings({ namespace });
      await waitFor(() => getLocale() === locale && element.lang === locale, `${locale} locale`);
      await element.updateComplete;

      for (const [role, id, english] of CONTROLS) {
        const name = translation(locale, id);
        expect(name, `${locale} ${id}`).not.to.equal(english);
        getByRole(element, role, { name });
      }
      const description = translation(locale, 'userSettings.DescAutoLogout');
      expect(element.shadowRoot!.textContent).to.contain(description);
    });
  }

  it('switches back and forth live through the Language menu', async () => {
    const element = await renderSettings();
    chooseLanguage(element, 'Language', /^Korean/);
    await findRole(element, 'tab', { name: translation('ko', 'userSettings.General') });
    expect(element.lang).to.equal('ko');

    chooseLanguage(element, translation('ko', 'userSettings.Language'), new RegExp(`^${translation('ko', 'language.French')}`));
    await findRole(element, 'tab', { name: translation('fr', 'userSettings.General') });
    expect(element.lang).to.equal('fr');

    chooseLanguage(element, translation('fr', 'userSettings.Language'), new RegExp(`^${translation('fr', 'language.English')}`));
    await findRole(element, 'tab', { name: 'General' });
    getByRole(element, 'switch', { name: 'Auto Logout' });
    expect(element.lang).to.equal('en');
  });
});

describe('<bai-user-settings show-untranslated>', () => {
  afterEach(() => applyLanguage('en'));

  it('turns translator mode on for every element on the page, and off again', async () => {
    const namespace = uniqueNamespace();
    await PreferencesStore.for(namespace).set('language', 'ko');
    const element = await renderSettings({ namespace, attributes: { 'show-untranslated': true } });
    const other = document.createElement('test-localized-fixture') as TestLocalizedFixture;
    element.after(other);
    await waitFor(() => getLocale() === 'ko', 'Korean locale');
    await other.updateComplete;
    expect(paragraph(other, 'fixture')).to.equal('__NOT_TRANSLATED__');
    getByRole(element, 'tab', { name: translation('ko', 'userSettings.General') });

    element.removeAttribute('show-untranslated');
    await other.updateComplete;
    await waitFor(() => paragraph(other, 'fixture') === FIXTURE_ENGLISH, 'English fallback again');
    other.remove();
  });
});
