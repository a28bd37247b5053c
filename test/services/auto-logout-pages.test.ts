import { expect } from '@open-wc/testing';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { watchAutoLogout, type AutoLogoutOptions, type AutoLogoutWatch } from '../../src/services/auto-logout.js';
import { WebLockPages } from '../../src/services/open-pages.js';
import type { PageCloseTime } from '../../src/services/page-close-time.js';
import { until } from '../preferences/support.js';

interface WebUiFrameWindow extends Window {
  watch?: (options: Partial<AutoLogoutOptions>) => AutoLogoutWatch;
}

const libraryUrl = (path: string) => new URL(`../../src/${path}`, import.meta.url).href;
const frames: HTMLIFrameElement[] = [];

/** A WebUI page in a frame: its own copy of the library, running the watcher as a real page would. */
async function openWebUiPage(namespace: string, lockName: string, closeTime: PageCloseTime, appPage = false): Promise<AutoLogoutWatch> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script type="module">
    import { PreferencesStore } from ${JSON.stringify(libraryUrl('preferences/preferences-store.ts'))};
    import { watchAutoLogout } from ${JSON.stringify(libraryUrl('services/auto-logout.ts'))};
    import { WebLockPages } from ${JSON.stringify(libraryUrl('services/open-pages.ts'))};
    window.watch = (options) => watchAutoLogout({
      store: PreferencesStore.for(${JSON.stringify(namespace)}),
      target: document,
      pages: new WebLockPages(navigator.locks, ${JSON.stringify(lockName)}),
      ...options,
    });
  </script>`;
  frames.push(frame);
  document.body.append(frame);
  const view = () => frame.contentWindow as WebUiFrameWindow | null;
  await until(() => typeof view()?.watch === 'function', 15000);
  const watch = view()!.watch!({ closeTime, navigationType: () => 'navigate', appPage });
  await watch.decided;
  return watch;
}

/** Waits until the browser has released the locks of closed frames. */
async function openPagesSettleAt(lockName: string, expected: number): Promise<void> {
  const pages = new WebLockPages(navigator.locks, lockName);
  const deadline = performance.now() + 5000;
  while ((await pages.countOthers()) !== expected) {
    if (performance.now() > deadline) throw new Error(`open pages did not settle at ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function sharedCloseTime(): PageCloseTime & { value: number | undefined } {
  const record = {
    value: undefined as number | undefined,
    read: () => record.value,
    write: (time: number) => void (record.value = time),
  };
  return record;
}

describe('auto logout across real pages', () => {
  let namespace: string;
  let lockName: string;
  let logouts: number;
  let target: HTMLElement;

  beforeEach(async () => {
    namespace = `auto-logout-pages-${crypto.randomUUID()}`;
    lockName = `webui-pages-${crypto.randomUUID()}`;
    await PreferencesStore.for(namespace).set('autoLogout', true);
    logouts = 0;
    target = document.createElement('div');
    target.addEventListener('bai-auto-logout', () => (logouts += 1));
  });
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  function openHere(closeTime: PageCloseTime, now: number): AutoLogoutWatch {
    return watchAutoLogout({
      store: PreferencesStore.for(namespace),
      target,
      pages: new WebLockPages(navigator.locks, lockName),
      closeTime,
      navigationType: () => 'navigate',
      now: () => now,
      window: new EventTarget(),
    });
  }

  it('logs out a page opened a while after the last WebUI page closed', async () => {
    const closeTime = sharedCloseTime();
    await openWebUiPage(namespace, lockName, closeTime);
    frames.pop()!.remove();
    await until(() => closeTime.value !== undefined);
    await openPagesSettleAt(lockName, 0);
    const watch = openHere(closeTime, closeTime.value! + 10_000);
    expect(await watch.decided).to.equal(true);
    expect(logouts).to.equal(1);
    watch();
  });

  it('keeps the session while another WebUI page is still open', async () => {
    const closeTime = sharedCloseTime();
    await openWebUiPage(namespace, lockName, closeTime);
    await openWebUiPage(namespace, lockName, closeTime);
    frames.pop()!.remove();
    await until(() => closeTime.value !== undefined);
    await openPagesSettleAt(lockName, 1);
    const watch = openHere(closeTime, closeTime.value! + 10_000);
    expect(await watch.decided).to.equal(false);
    expect(logouts).to.equal(0);
    watch();
  });

  it('does not count an app page (Jupyter, terminal) as an open WebUI page', async () => {
    const closeTime = sharedCloseTime();
    await openWebUiPage(namespace, lockName, closeTime);
    await openWebUiPage(namespace, lockName, closeTime, true);
    frames.shift()!.remove();
    await until(() => closeTime.value !== undefined);
    const closedAt = closeTime.value!;
    frames.shift()!.remove();
    await openPagesSettleAt(lockName, 0);
    const watch = openHere(closeTime, closedAt + 10_000);
    expect(closeTime.value).to.equal(closedAt);
    expect(await watch.decided).to.equal(true);
    watch();
  });
});
