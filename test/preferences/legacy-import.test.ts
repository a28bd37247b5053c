import { expect } from '@open-wc/testing';
import { readLegacyPreferences } from '../../src/preferences/legacy-import.js';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { captureWarnings, legacySource, readRecord, uniqueNamespace, writeRecord } from './support.js';

const P = 'backendaiwebui.settings.user.';

describe('import of the upstream WebUI settings', () => {
  const opened: PreferencesStore[] = [];
  function open(namespace: string, legacy: Record<string, string>, storageFails = false): PreferencesStore {
    const store = new PreferencesStore(namespace, {
      channelName: null,
      legacySource: legacySource(legacy),
      ...(storageFails
        ? {
            storage: () => {
              throw new Error('no IndexedDB here');
            },
          }
        : {}),
    });
    opened.push(store);
    return store;
  }
  afterEach(() => opened.splice(0).forEach((store) => store.dispose()));

  it('reads "true"/"false" switches and language strings', () => {
    expect(
      readLegacyPreferences(
        legacySource({
          [`${P}desktop_notification`]: 'true',
          [`${P}compact_sidebar`]: 'false',
          [`${P}language`]: 'ko',
          [`${P}automatic_update_check`]: 'false',
          [`${P}auto_logout`]: 'true',
          [`${P}beta_feature`]: 'true',
        }),
      ),
    ).to.deep.equal({
      desktopNotification: true,
      compactSidebar: false,
      language: 'ko',
      automaticUpdateCheck: false,
      autoLogout: true,
      betaFeatures: true,
    });
  });

  it('takes selected_language when language is missing or unusable, and region tags or quoted strings', () => {
    expect(readLegacyPreferences(legacySource({ [`${P}selected_language`]: 'ru' }))).to.deep.equal({ language: 'ru' });
    expect(readLegacyPreferences(legacySource({ [`${P}language`]: 'ko-KR' }))).to.deep.equal({ language: 'ko' });
    expect(readLegacyPreferences(legacySource({ [`${P}language`]: '"fr"' }))).to.deep.equal({ language: 'fr' });
    expect(readLegacyPreferences(legacySource({ [`${P}language`]: 'default', [`${P}selected_language`]: 'mn' }))).to.deep.equal({
      language: 'default',
    });
    const warnings = captureWarnings();
    try {
      expect(readLegacyPreferences(legacySource({ [`${P}language`]: 'zh-CN', [`${P}selected_language`]: 'id' }))).to.deep.equal({
        language: 'id',
      });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
  });

  it('skips values that do not fit, with one warning each', () => {
    const warnings = captureWarnings();
    let result: object;
    try {
      result = readLegacyPreferences(legacySource({ [`${P}auto_logout`]: 'yes', [`${P}beta_feature`]: '', [`${P}compact_sidebar`]: 'true' }));
    } finally {
      warnings.restore();
    }
    expect(result).to.deep.equal({ compactSidebar: true });
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain(`${P}auto_logout`);
  });

  it('yields nothing when localStorage cannot be read', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(readLegacyPreferences(throwing)).to.deep.equal({});
    expect(readLegacyPreferences(null)).to.deep.equal({});
  });

  it('imports into a namespace without records, once: a later reset does not bring them back', async () => {
    const namespace = uniqueNamespace('import');
    const legacy = { [`${P}compact_sidebar`]: 'true', [`${P}language`]: 'fr' };
    const first = open(namespace, legacy);
    await first.ready;
    expect(first.get('compactSidebar')).to.equal(true);
    expect(first.get('language')).to.equal('fr');
    expect(await readRecord(`${namespace}/compactSidebar`)).to.equal(true);

    await first.reset();
    const second = open(namespace, legacy);
    await second.ready;
    expect(second.get('compactSidebar')).to.equal(false);
    expect(second.get('language')).to.equal('default');
  });

  it('marks a namespace imported even when there was nothing to import', async () => {
    const namespace = uniqueNamespace('nothing');
    await open(namespace, {}).ready;
    const later = open(namespace, { [`${P}beta_feature`]: 'true' });
    await later.ready;
    expect(later.get('betaFeatures')).to.equal(false);
  });

  it('leaves a namespace that already has records alone', async () => {
    const namespace = uniqueNamespace('existing');
    await writeRecord(`${namespace}/autoLogout`, true);
    const store = open(namespace, { [`${P}auto_logout`]: 'false', [`${P}beta_feature`]: 'true' });
    await store.ready;
    expect(store.get('autoLogout')).to.equal(true);
    expect(store.get('betaFeatures')).to.equal(false);
  });

  it('still uses the old settings when IndexedDB is unusable', async () => {
    const warnings = captureWarnings();
    try {
      const store = open(uniqueNamespace('memory'), { [`${P}desktop_notification`]: 'true' }, true);
      await store.ready;
      expect(store.persistent).to.equal(false);
      expect(store.get('desktopNotification')).to.equal(true);
    } finally {
      warnings.restore();
    }
  });
});
