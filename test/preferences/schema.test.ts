import { expect } from '@open-wc/testing';
import { DEFAULT_PREFERENCES, isValidPreference, PREFERENCE_KEYS } from '../../src/preferences/schema.js';

describe('preference schema', () => {
  it('lists every preference of the settings page with its documented default', () => {
    expect([...PREFERENCE_KEYS].sort()).to.deep.equal(
      ['autoLogout', 'automaticUpdateCheck', 'betaFeatures', 'compactSidebar', 'desktopNotification', 'language'].sort(),
    );
    expect(DEFAULT_PREFERENCES).to.deep.equal({
      desktopNotification: false,
      compactSidebar: false,
      language: 'default',
      automaticUpdateCheck: true,
      autoLogout: false,
      betaFeatures: false,
    });
    expect(Object.isFrozen(DEFAULT_PREFERENCES)).to.equal(true);
  });

  it('accepts booleans for switches and nothing else', () => {
    expect(isValidPreference('compactSidebar', true)).to.equal(true);
    expect(isValidPreference('compactSidebar', false)).to.equal(true);
    for (const bad of ['true', 1, null, undefined, {}]) expect(isValidPreference('compactSidebar', bad)).to.equal(false);
  });

  it('accepts the supported languages and `default` only', () => {
    for (const good of ['default', 'en', 'ko', 'ru', 'fr', 'mn', 'id']) expect(isValidPreference('language', good)).to.equal(true);
    for (const bad of ['de', 'ko-KR', '', 3, null]) expect(isValidPreference('language', bad)).to.equal(false);
  });

  it('rejects unknown keys', () => {
    expect(isValidPreference('fontSize' as never, true)).to.equal(false);
    expect(isValidPreference('toString' as never, true)).to.equal(false);
  });
});
