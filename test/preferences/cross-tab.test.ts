import { expect } from '@open-wc/testing';
import { PREFERENCES_CHANNEL, PreferencesStore, type PreferenceChange } from '../../src/preferences/preferences-store.js';
import { captureWarnings, readRecord, uniqueNamespace, until } from './support.js';

interface TabWindow extends Window {
  store?: PreferencesStore;
  changes: PreferenceChange[];
}

const storeModule = new URL('../../src/preferences/preferences-store.ts', import.meta.url).href;
const frames: HTMLIFrameElement[] = [];

/** Another tab of the origin: a same-origin frame with its own copy of the library and its own store. */
async function openTab(namespace: string): Promise<TabWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">
    import { PreferencesStore } from ${JSON.stringify(storeModule)};
    const store = PreferencesStore.for(${JSON.stringify(namespace)});
    window.changes = [];
    store.subscribe((change) => window.changes.push(change));
    await store.ready;
    window.store = store;
  </script>`;
  frames.push(frame);
  document.body.append(frame);
  const tab = () => frame.contentWindow as TabWindow | null;
  await until(() => tab()?.store !== undefined, 15000);
  return tab() as TabWindow;
}

describe('preferences across tabs', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('brings a change made in one tab to the other tabs, as a remote change', async () => {
    const namespace = uniqueNamespace('tabs');
    const here = PreferencesStore.for(namespace);
    await here.ready;
    const seenHere: PreferenceChange[] = [];
    here.subscribe((change) => seenHere.push(change));
    const [first, second] = await Promise.all([openTab(namespace), openTab(namespace)]);
    expect(first.store).not.to.equal(second.store);

    await first.store!.set('compactSidebar', true);
    await until(() => here.get('compactSidebar') && second.store!.get('compactSidebar'));
    expect(seenHere).to.deep.equal([{ namespace, key: 'compactSidebar', value: true, oldValue: false, origin: 'remote' }]);
    expect(second.changes.map(({ key, value, origin }) => ({ key, value, origin }))).to.deep.equal([
      { key: 'compactSidebar', value: true, origin: 'remote' },
    ]);
    expect(first.changes.map((change) => change.origin)).to.deep.equal(['local']);

    await here.set('language', 'mn');
    await until(() => first.store!.get('language') === 'mn' && second.store!.get('language') === 'mn');
  });

  it('spreads resets and leaves other namespaces alone', async () => {
    const namespace = uniqueNamespace('tabs-reset');
    const here = PreferencesStore.for(namespace);
    const elsewhere = PreferencesStore.for(`${namespace}-elsewhere`);
    await Promise.all([here.ready, elsewhere.ready]);
    const tab = await openTab(namespace);
    await tab.store!.set('betaFeatures', true);
    await until(() => here.get('betaFeatures'));
    await tab.store!.reset('betaFeatures');
    await until(() => !here.get('betaFeatures'));
    expect(elsewhere.get('betaFeatures')).to.equal(false);
  });

  it('keeps two changes of a key made within one millisecond in order in the other tabs', async () => {
    const namespace = uniqueNamespace('tabs-same-ms');
    const here = PreferencesStore.for(namespace);
    await here.ready;
    const tab = await openTab(namespace);
    const realNow = Date.now;
    const frozen = realNow();
    Date.now = () => frozen;
    try {
      await here.set('betaFeatures', true);
      await here.reset('betaFeatures');
    } finally {
      Date.now = realNow;
    }
    await until(() => tab.changes.length === 2);
    expect(tab.changes.map((change) => change.value)).to.deep.equal([true, false]);
    expect(tab.store!.get('betaFeatures')).to.equal(false);
  });

  it('shows a tab opened later what the others saved (a reload keeps preferences)', async () => {
    const namespace = uniqueNamespace('tabs-reload');
    const writer = await openTab(namespace);
    await writer.store!.set('automaticUpdateCheck', false);
    await writer.store!.set('language', 'ko');
    const later = await openTab(namespace);
    expect(later.store!.get('automaticUpdateCheck')).to.equal(false);
    expect(later.store!.get('language')).to.equal('ko');
  });

  it('ignores a malformed message from another tab with a warning', async () => {
    const namespace = uniqueNamespace('tabs-bad');
    const here = PreferencesStore.for(namespace);
    await here.ready;
    const warnings = captureWarnings();
    const sender = new BroadcastChannel(PREFERENCES_CHANNEL);
    try {
      const stamp = { time: Date.now(), tab: 'sender' };
      sender.postMessage({ namespace, key: 'language', value: 'xx', stamp });
      sender.postMessage({ namespace, key: 'unknown', value: true, stamp });
      sender.postMessage({ namespace, key: 'compactSidebar', value: true });
      sender.postMessage({ namespace, key: 'autoLogout', value: true, stamp });
      await until(() => here.get('autoLogout'));
    } finally {
      sender.close();
      warnings.restore();
    }
    expect(here.get('language')).to.equal('default');
    expect(here.get('compactSidebar')).to.equal(false);
    expect(warnings.messages).to.have.length(3);
  });

  it('settles every tab and IndexedDB on one value when two tabs change a key at once', async () => {
    const namespace = uniqueNamespace('tabs-race');
    const here = PreferencesStore.for(namespace);
    await here.ready;
    const [first, second] = await Promise.all([openTab(namespace), openTab(namespace)]);
    await Promise.all([first.store!.set('language', 'ko'), second.store!.set('language', 'fr')]);
    await until(() => first.store!.get('language') === second.store!.get('language'));
    const winner = first.store!.get('language');
    await until(() => here.get('language') === winner);
    let stored: unknown;
    const deadline = performance.now() + 5000;
    while (stored !== winner && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stored = await readRecord(`${namespace}/language`);
    }
    expect(stored).to.equal(winner);
  });
});
