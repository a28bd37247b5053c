import { expect } from '@open-wc/testing';
import { applyLanguage, getLocale, resolveLocale } from '../src/localization.js';

describe('resolveLocale', () => {
  it('follows the first supported browser language for OS Default', () => {
    expect(resolveLocale('default', ['ko-KR'])).to.equal('ko');
    expect(resolveLocale('default', ['fr-CA', 'en'])).to.equal('fr');
    expect(resolveLocale('default', ['de-DE', 'mn-MN'])).to.equal('mn');
  });

  it('falls back to English when no browser language is supported', () => {
    expect(resolveLocale('default', ['de-DE'])).to.equal('en');
    expect(resolveLocale('default', ['pt-BR', 'zh-CN'])).to.equal('en');
    expect(resolveLocale('default', [])).to.equal('en');
  });

  it('keeps an explicit choice and ignores an unknown one', () => {
    expect(resolveLocale('ru', ['ko-KR'])).to.equal('ru');
    expect(resolveLocale('xx', ['ko-KR'])).to.equal('en');
  });
});

describe('applyLanguage', () => {
  afterEach(() => applyLanguage('en'));

  it('switches the page locale, loading the locale module', async () => {
    expect(await applyLanguage('id')).to.equal('id');
    expect(getLocale()).to.equal('id');
    expect(await applyLanguage('en')).to.equal('en');
    expect(getLocale()).to.equal('en');
  });
});
