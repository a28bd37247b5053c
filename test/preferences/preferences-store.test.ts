import { expect } from '@open-wc/testing';
import { PreferencesStore, type PreferenceChange, type PreferencesStoreOptions } from '../../src/preferences/preferences-store.js';
import { DEFAULT_PREFERENCES } from '../../src/preferences/schema.js';
import { captureWarnings, readRecord, uniqueNamespace, writeRecord } from './support.js';

describe('PreferencesStore', () => {
  const opened: PreferencesStore[] = [];
  function open(namespace: string, options: PreferencesStoreOptions = {}): PreferencesStore {
    const store = new PreferencesStore(namespace, { channelName: null, legacySource: null, ...options });
    opened.push(store);
    return store;
  }
  afterEach(() => opened.splice(0).forEach((store) => store.dispose()));

  it('gives the defaults for a new namespace and keeps them in IndexedDB', async () => {
    const store = open(uniqueNamespace());
    await store.ready;
    expect(store.persistent).to.equal(true);
    for (const [key, value] of Object.entries(DEFAULT_PREFERENCES)) expect(store.get(key as never)).to.equal(value);
  });

  it('saves a value under <namespace>/<key> and loads it again after a reload', async () => {
    const namespace = uniqueNamespace();
    const store = open(namespace);
    await store.ready;
    await store.set('compactSidebar', true);
    await store.set('language', 'ko');
    expect(store.get('compactSidebar')).to.equal(true);
    expect(await readRecord(`${namespace}/compactSidebar`)).to.equal(true);
    expect(await readRecord(`${namespace}/language`)).to.equal('ko');

    const reloaded = open(namespace);
    await reloaded.ready;
    expect(reloaded.get('compactSidebar')).to.equal(true);
    expect(reloaded.get('language')).to.equal('ko');
    expect(reloaded.get('betaFeatures')).to.equal(false);
  });

  it('keeps namespaces apart', async () => {
    const namespace = uniqueNamespace();
    const alice = open(namespace);
    await alice.ready;
    await alice.set('betaFeatures', true);
    const other = open(`${namespace}-other`);
    await other.ready;
    expect(other.get('betaFeatures')).to.equal(false);
  });

  it('keeps a namespace apart from one nested in its name', async () => {
    const namespace = uniqueNamespace();
    const nested = open(`${namespace}/work`);
    await nested.ready;
    await nested.set('language', 'fr');
    const warnings = captureWarnings();
    let outer: PreferencesStore;
    try {
      outer = open(namespace);
      await outer.ready;
    } finally {
      warnings.restore();
    }
    expect(outer.get('language')).to.equal('default');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('ignores an invalid value with a warning and tells nobody', async () => {
    const store = open(uniqueNamespace());
    await store.ready;
    const changes: PreferenceChange[] = [];
    store.subscribe((change) => changes.push(change));
    const warnings = captureWarnings();
    try {
      await store.set('language', 'klingon' as never);
      await store.set('autoLogout', 'yes' as never);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('language');
    expect(store.get('language')).to.equal('default');
    expect(store.get('autoLogout')).to.equal(false);
    expect(changes).to.deep.equal([]);
  });

  it('tells subscribers about each change with the old value, until they unsubscribe', async () => {
    const namespace = uniqueNamespace();
    const store = open(namespace);
    await store.ready;
    const changes: PreferenceChange[] = [];
    const unsubscribe = store.subscribe((change) => changes.push(change));
    await store.set('autoLogout', true);
    await store.set('autoLogout', true);
    unsubscribe();
    await store.set('autoLogout', false);
    expect(changes).to.deep.equal([{ namespace, key: 'autoLogout', value: true, oldValue: false, origin: 'local' }]);
  });

  it('keeps working when a subscriber throws', async () => {
    const store = open(uniqueNamespace());
    await store.ready;
    const seen: unknown[] = [];
    store.subscribe(() => {
      throw new Error('listener bug');
    });
    store.subscribe((change) => seen.push(change.value));
    const warnings = captureWarnings();
    try {
      await store.set('betaFeatures', true);
    } finally {
      warnings.restore();
    }
    expect(seen).to.deep.equal([true]);
    expect(warnings.messages.join()).to.contain('listener');
  });

  it('resets one preference, or all, to the default and removes the records', async () => {
    const namespace = uniqueNamespace();
    const store = open(namespace);
    await store.ready;
    await store.set('compactSidebar', true);
    await store.set('language', 'fr');
    await store.set('automaticUpdateCheck', false);
    expect(store.isDefault('compactSidebar')).to.equal(false);

    const changes: PreferenceChange[] = [];
    store.subscribe((change) => changes.push(change));
    await store.reset('compactSidebar');
    expect(store.get('compactSidebar')).to.equal(false);
    expect(store.isDefault('compactSidebar')).to.equal(true);
    expect(await readRecord(`${namespace}/compactSidebar`)).to.equal(undefined);
    expect(store.get('language')).to.equal('fr');

    await store.reset();
    expect(store.get('language')).to.equal('default');
    expect(store.get('automaticUpdateCheck')).to.equal(true);
    expect(await readRecord(`${namespace}/language`)).to.equal(undefined);
    expect(changes.map((change) => change.key)).to.deep.equal(['compactSidebar', 'language', 'automaticUpdateCheck']);

    const reloaded = open(namespace);
    await reloaded.ready;
    expect(reloaded.get('language')).to.equal('default');
  });

  it('uses the default for corrupt records, with one warning each, and keeps the good ones', async () => {
    const namespace = uniqueNamespace();
    await writeRecord(`${namespace}/compactSidebar`, 'true');
    await writeRecord(`${namespace}/language`, 'xx');
    await writeRecord(`${namespace}/fontSize`, 14);
    await writeRecord(`${namespace}/betaFeatures`, true);
    await writeRecord(`${namespace}/autoLogout`, { on: true });
    const warnings = captureWarnings();
    let store: PreferencesStore;
    try {
      store = open(namespace);
      await store.ready;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages.join('\n')).to.contain(`${namespace}/fontSize`);
    expect(store.get('compactSidebar')).to.equal(false);
    expect(store.get('language')).to.equal('default');
    expect(store.get('autoLogout')).to.equal(false);
    expect(store.get('betaFeatures')).to.equal(true);
    expect(store.persistent).to.equal(true);
  });

  it('loads all values of a namespace in one IndexedDB transaction', async () => {
    const namespace = uniqueNamespace();
    await writeRecord(`${namespace}/compactSidebar`, true);
    await writeRecord(`${namespace}/language`, 'mn');
    await writeRecord(`${namespace}/betaFeatures`, true);
    const original = IDBDatabase.prototype.transaction;
    const scopes: unknown[] = [];
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if (this.name === 'bai-user-settings') scopes.push(args[0]);
      return original.apply(this, args);
    } as IDBDatabase['transaction'];
    let store: PreferencesStore;
    try {
      store = open(namespace);
      await store.ready;
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    expect(scopes).to.deep.equal(['preferences']);
    expect([store.get('compactSidebar'), store.get('language'), store.get('betaFeatures')]).to.deep.equal([true, 'mn', true]);
  });

  it('does not let stored values overwrite a change made while loading', async () => {
    const namespace = uniqueNamespace();
    await writeRecord(`${namespace}/language`, 'ru');
    await writeRecord(`${namespace}/compactSidebar`, true);
    const store = open(namespace);
    void store.set('language', 'id');
    void store.reset('compactSidebar');
    await store.ready;
    expect(store.get('language')).to.equal('id');
    expect(store.get('compactSidebar')).to.equal(false);
    await store.set('betaFeatures', true);
    expect(await readRecord(`${namespace}/language`)).to.equal('id');
  });

  it('shares one store per namespace through PreferencesStore.for', () => {
    const namespace = uniqueNamespace();
    expect(PreferencesStore.for(namespace)).to.equal(PreferencesStore.for(namespace));
    expect(PreferencesStore.for(namespace)).not.to.equal(PreferencesStore.for(`${namespace}-2`));
    expect(PreferencesStore.for().namespace).to.equal('default');
  });
});
