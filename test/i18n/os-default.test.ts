import { expect, fixture, html } from '@open-wc/testing';
import { templates as french } from '../../src/generated/locales/fr.js';
import { templates as korean } from '../../src/generated/locales/ko.js';
import { applyLanguage, getLocale } from '../../src/localization.js';
import { NOT_CONNECTED_ENGLISH, paragraph, type TestLocalizedFixture } from './localized-fixture.js';

// What the browser reports as the user's languages, as an OS or browser setting would.
function browserLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze(languages), configurable: true });
}

describe('OS Default', () => {
  afterEach(async () => {
    delete (navigator as { languages?: unknown }).languages;
    await applyLanguage('en');
  });

  const cases: [string[], string, () => string][] = [
    [['ko-KR'], 'ko', () => korean['request.NotConnected'] as string],
    [['fr-CA', 'en'], 'fr', () => french['request.NotConnected'] as string],
    [['de-DE'], 'en', () => NOT_CONNECTED_ENGLISH],
  ];

  for (const [languages, expected, text] of cases) {
    it(`shows ${expected} when the browser's languages are ${languages.join(', ')}`, async () => {
      browserLanguages(languages);
      expect(navigator.languages).to.deep.equal(languages);
      const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);

      expect(await applyLanguage('default')).to.equal(expected);
      await element.updateComplete;
      expect(getLocale()).to.equal(expected);
      expect(element.lang).to.equal(expected);
      expect(paragraph(element, 'shared')).to.equal(text());
      expect(paragraph(element, 'shared') === NOT_CONNECTED_ENGLISH).to.equal(expected === 'en');
    });
  }
});
