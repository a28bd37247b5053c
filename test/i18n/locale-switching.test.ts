import { expect, fixture, html } from '@open-wc/testing';
import { templates as korean } from '../../src/generated/locales/ko.js';
import { templates as russian } from '../../src/generated/locales/ru.js';
import { applyLanguage, getLocale } from '../../src/localization.js';
import { NOT_CONNECTED_ENGLISH, paragraph, type TestControllerOnlyFixture, type TestLocalizedFixture } from './localized-fixture.js';

async function nextRender(element: HTMLElement & { updateComplete: Promise<boolean> }) {
  await element.updateComplete;
}

describe('live locale switching', () => {
  afterEach(() => applyLanguage('en'));

  it('re-renders a localized element and sets its lang, back and forth', async () => {
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    expect(element.lang).to.equal('en');
    expect(paragraph(element, 'shared')).to.equal(NOT_CONNECTED_ENGLISH);

    await applyLanguage('ko');
    await nextRender(element);
    expect(element.getAttribute('lang')).to.equal('ko');
    expect(paragraph(element, 'shared')).to.equal(korean['request.NotConnected']);
    expect(paragraph(element, 'shared')).not.to.equal(NOT_CONNECTED_ENGLISH);

    await applyLanguage('ru');
    await nextRender(element);
    expect(element.getAttribute('lang')).to.equal('ru');
    expect(paragraph(element, 'shared')).to.equal(russian['request.NotConnected']);

    await applyLanguage('en');
    await nextRender(element);
    expect(element.getAttribute('lang')).to.equal('en');
    expect(paragraph(element, 'shared')).to.equal(NOT_CONNECTED_ENGLISH);
  });

  it('is enough to add LocaleController, even without @localized()', async () => {
    const element = await fixture<TestControllerOnlyFixture>(
      html`<test-controller-only-fixture></test-controller-only-fixture>`,
    );
    await applyLanguage('ko');
    await nextRender(element);
    expect(element.lang).to.equal('ko');
    expect(paragraph(element, 'shared')).to.equal(korean['request.NotConnected']);
  });

  it('gives an element created after a switch the current lang at once', async () => {
    await applyLanguage('ru');
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    expect(element.lang).to.equal('ru');
    expect(paragraph(element, 'shared')).to.equal(russian['request.NotConnected']);
  });

  it('stops following the locale once the element leaves the page', async () => {
    const element = await fixture<TestLocalizedFixture>(html`<test-localized-fixture></test-localized-fixture>`);
    element.remove();
    await applyLanguage('ko');
    expect(getLocale()).to.equal('ko');
    expect(element.lang).to.equal('en');
  });
});
