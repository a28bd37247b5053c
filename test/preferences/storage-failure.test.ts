import { expect } from '@open-wc/testing';
import { PreferencesStore, type PreferenceChange } from '../../src/preferences/preferences-store.js';
import type { PreferenceStorage, StoredNamespace } from '../../src/preferences/preference-storage.js';
import { captureWarnings, uniqueNamespace } from './support.js';

type Open = IDBFactory['open'];

/** Replaces `indexedDB.open` on this page's factory until the test ends. */
function stubOpen(replacement: Open): () => void {
  (indexedDB as { open: Open }).open = replacement;
  return () => delete (indexedDB as Partial<{ open: Open }>).open;
}

/** An open request that only ever fires the events the test asks for. */
function fakeOpenRequest(fire: (request: Record<string, unknown>) => void): Open {
  return () => {
    const request: Record<string, unknown> = { error: new DOMException('The quota has been exceeded.', 'QuotaExceededError') };
    setTimeout(() => fire(request), 0);
    return request as unknown as IDBOpenDBRequest;
  };
}

async function expectMemoryOnly(store: PreferencesStore): Promise<void> {
  await store.ready;
  expect(store.persistent).to.equal(false);
  const changes: PreferenceChange[] = [];
  store.subscribe((change) => changes.push(change));
  await store.set('compactSidebar', true);
  expect(store.get('compactSidebar')).to.equal(true);
  expect(changes.map((change) => change.value)).to.deep.equal([true]);
}

describe('PreferencesStore without usable IndexedDB', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let restore: (() => void) | undefined;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    restore?.();
    restore = undefined;
    warnings.restore();
  });

  it('keeps values in memory when opening the database throws (private mode)', async () => {
    restore = stubOpen(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    await expectMemoryOnly(PreferencesStore.for(uniqueNamespace('throws')));
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('memory');
  });

  it('keeps values in memory when the open request fails', async () => {
    restore = stubOpen(fakeOpenRequest((request) => (request.onerror as () => void)()));
    await expectMemoryOnly(new PreferencesStore(uniqueNamespace('fails'), { channelName: null, legacySource: null }));
    expect(warnings.messages.join()).to.contain('memory');
  });

  it('goes on in memory when the database stays blocked', async () => {
    restore = stubOpen(fakeOpenRequest((request) => (request.onblocked as (() => void) | undefined)?.()));
    const store = new PreferencesStore(uniqueNamespace('blocked'), { channelName: null, legacySource: null, openTimeoutMs: 100 });
    await expectMemoryOnly(store);
  });

  it('goes on in memory when the browser has no IndexedDB at all', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true, writable: true });
    restore = () => {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else Reflect.deleteProperty(window, 'indexedDB');
    };
    await expectMemoryOnly(new PreferencesStore(uniqueNamespace('missing'), { channelName: null, legacySource: null }));
    expect(warnings.messages).to.have.length(1);
  });

  it('switches to memory and says so when a write fails later (quota)', async () => {
    const storage: PreferenceStorage = {
      load: async () => ({ records: new Map([['betaFeatures', true]]), imported: true }),
      write: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      remove: async () => undefined,
      saveImport: async () => undefined,
    };
    const store = new PreferencesStore(uniqueNamespace('quota'), { storage: () => storage, channelName: null, legacySource: null });
    await store.ready;
    expect(store.persistent).to.equal(true);
    let statusCalls = 0;
    store.subscribeStatus(() => (statusCalls += 1));
    await store.set('language', 'ko');
    expect(store.persistent).to.equal(false);
    expect(statusCalls).to.equal(1);
    expect(store.get('language')).to.equal('ko');
    expect(store.get('betaFeatures')).to.equal(true);
    expect(warnings.messages.join()).to.contain('language');
  });

  it('becomes persistent when a slow database opens after all, and saves what changed meanwhile', async () => {
    const written: [string, unknown][] = [];
    let finishLoading!: (stored: StoredNamespace) => void;
    const storage: PreferenceStorage = {
      load: () => new Promise((resolve) => (finishLoading = resolve)),
      write: async (_namespace, key, value) => void written.push([key, value]),
      remove: async () => undefined,
      saveImport: async () => undefined,
    };
    const store = new PreferencesStore(uniqueNamespace('slow'), {
      storage: () => storage,
      channelName: null,
      legacySource: null,
      openTimeoutMs: 50,
    });
    await store.ready;
    expect(store.persistent).to.equal(false);
    await store.set('autoLogout', true);
    expect(written).to.deep.equal([]);

    const statusChanged = new Promise<void>((resolve) => store.subscribeStatus(resolve));
    finishLoading({ records: new Map<string, unknown>([['autoLogout', false], ['compactSidebar', true]]), imported: true });
    await statusChanged;
    expect(store.persistent).to.equal(true);
    expect(store.get('autoLogout')).to.equal(true);
    expect(store.get('compactSidebar')).to.equal(true);
    expect(written).to.deep.equal([['autoLogout', true]]);
  });
});
