import { expect, fixture, html } from '@open-wc/testing';
import { templates as korean } from '../../src/generated/locales/ko.js';
import { setTranslatorMode } from '../../src/i18n/translator-mode.js';
import { NOT_TRANSLATED_MARKER, withUntranslatedMarkers } from '../../src/i18n/untranslated-markers.js';
import { applyLanguage } from '../../src/localization.js';
import { FIXTURE_ENGLISH, NOT_CONNECTED_ENGLISH, paragraph, type TestLocalizedFixture } from './localized-fixture.js';

describe('translator mode', () => {
  afterEach(async () => {
    setTranslatorMode(false);
    await applyLanguage('en');
  });

  it('shows the marker for a message without a Korean translation, and only for it', async () => {
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    await applyLanguage('ko');
    await element.updateComplete;
    expect(paragraph(element, 'fixture')).to.equal(FIXTURE_ENGLISH);

    setTranslatorMode(true);
    await element.updateComplete;
    expect(paragraph(element, 'fixture')).to.equal('__NOT_TRANSLATED__');
    expect(paragraph(element, 'shared')).to.equal(korean['request.NotConnected']);

    setTranslatorMode(false);
    await element.updateComplete;
    expect(paragraph(element, 'fixture')).to.equal(FIXTURE_ENGLISH);
  });

  it('keeps the mode across a locale switch', async () => {
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    setTranslatorMode(true);
    await applyLanguage('fr');
    await element.updateComplete;
    expect(paragraph(element, 'fixture')).to.equal('__NOT_TRANSLATED__');
  });

  it('changes nothing in English, the language every message is written in', async () => {
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    setTranslatorMode(true);
    await element.updateComplete;
    expect(paragraph(element, 'fixture')).to.equal(FIXTURE_ENGLISH);
    expect(paragraph(element, 'shared')).to.equal(NOT_CONNECTED_ENGLISH);
  });
});

describe('withUntranslatedMarkers', () => {
  const templates = { done: 'Fait', fallback: 'Still English' };

  it('marks the ids the build recorded as untranslated, and unknown ids, while on', () => {
    let on = true;
    const view = withUntranslatedMarkers(templates, new Set(['fallback']), () => on);
    expect(view.done).to.equal('Fait');
    expect(view.fallback).to.equal(NOT_TRANSLATED_MARKER);
    expect((view as Record<string, unknown>)['added.Later']).to.equal(NOT_TRANSLATED_MARKER);

    on = false;
    expect(view.fallback).to.equal('Still English');
    expect((view as Record<string, unknown>)['added.Later']).to.equal(undefined);
  });
});
