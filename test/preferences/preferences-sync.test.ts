import { expect } from '@open-wc/testing';
import type { PreferenceStorage } from '../../src/preferences/preference-storage.js';
import { PreferencesStore, type PreferenceChange } from '../../src/preferences/preferences-store.js';
import { uniqueNamespace, until } from './support.js';

/** Storage in memory that records each write, so a test sees what would reach IndexedDB. */
function recordingStorage(): PreferenceStorage & { writes: [string, unknown][] } {
  const writes: [string, unknown][] = [];
  return {
    writes,
    load: async () => ({ records: new Map(), imported: true }),
    write: async (_namespace, key, value) => void writes.push([key, value]),
    remove: async (_namespace, key) => void writes.push([key, undefined]),
    saveImport: async () => undefined,
  };
}

describe('PreferencesStore change ordering between tabs', () => {
  let channelName: string;
  let namespace: string;
  let sender: BroadcastChannel;
  const opened: PreferencesStore[] = [];

  beforeEach(() => {
    channelName = `sync-${crypto.randomUUID()}`;
    namespace = uniqueNamespace('sync');
    sender = new BroadcastChannel(channelName);
  });
  afterEach(() => {
    sender.close();
    opened.splice(0).forEach((store) => store.dispose());
  });

  async function open(storage = recordingStorage()) {
    const store = new PreferencesStore(namespace, { storage: () => storage, channelName, legacySource: null });
    opened.push(store);
    await store.ready;
    return { store, storage };
  }

  it('keeps its own later change over an older one from another tab', async () => {
    const { store } = await open();
    await store.set('language', 'ko');
    const changes: PreferenceChange[] = [];
    store.subscribe((change) => changes.push(change));
    sender.postMessage({ namespace, key: 'language', value: 'fr', stamp: { time: Date.now() - 60_000, tab: 'old' } });
    sender.postMessage({ namespace, key: 'betaFeatures', value: true, stamp: { time: Date.now(), tab: 'marker' } });
    await until(() => store.get('betaFeatures'));
    expect(store.get('language')).to.equal('ko');
    expect(changes.map((change) => change.key)).to.deep.equal(['betaFeatures']);
  });

  it('writes a newer remote value again when its own write of the key was just made', async () => {
    const { store, storage } = await open();
    await store.set('language', 'ko');
    sender.postMessage({ namespace, key: 'language', value: 'fr', stamp: { time: Date.now() + 1, tab: 'other' } });
    await until(() => storage.writes.length === 2);
    expect(storage.writes).to.deep.equal([
      ['language', 'ko'],
      ['language', 'fr'],
    ]);
    expect(store.get('language')).to.equal('fr');
  });

  it('leaves the writing to the other tab when it did not touch the key', async () => {
    const { store, storage } = await open();
    sender.postMessage({ namespace, key: 'language', value: 'fr', stamp: { time: Date.now(), tab: 'other' } });
    sender.postMessage({ namespace, key: 'betaFeatures', value: true, stamp: { time: Date.now(), tab: 'other' } });
    await until(() => store.get('betaFeatures'));
    expect(store.get('language')).to.equal('fr');
    expect(storage.writes).to.deep.equal([]);
  });

  it('tells two stores of the same namespace in one page about each other, as other tabs would', async () => {
    const { store: one } = await open();
    const { store: two } = await open();
    const seen: PreferenceChange[] = [];
    two.subscribe((change) => seen.push(change));
    await one.set('autoLogout', true);
    await until(() => seen.length === 1);
    expect(seen[0]).to.deep.equal({ namespace, key: 'autoLogout', value: true, oldValue: false, origin: 'remote' });
  });
});
