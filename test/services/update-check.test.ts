import { expect } from '@open-wc/testing';
import type { BaiUpdateAvailableDetail } from '../../src/events/update-available-event.js';
import type { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { checkForUpdate, UPDATE_CHECK_INTERVAL_MS, type UpdateCheckOptions } from '../../src/services/update-check.js';
import { freshStore, notificationTarget } from './support.js';

const DAY = UPDATE_CHECK_INTERVAL_MS;

function respond(body: unknown, status = 200): typeof fetch & { calls: string[] } {
  const calls: string[] = [];
  const fake = async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
  return Object.assign(fake, { calls }) as typeof fetch & { calls: string[] };
}

function offline(): typeof fetch & { calls: string[] } {
  const calls: string[] = [];
  const fake = async (input: RequestInfo | URL) => {
    calls.push(String(input));
    throw new TypeError('NetworkError when attempting to fetch resource.');
  };
  return Object.assign(fake, { calls }) as typeof fetch & { calls: string[] };
}

describe('checkForUpdate', () => {
  let manifestUrl: string;
  let store: PreferencesStore;
  let target: HTMLElement;
  let notifications: ReturnType<typeof notificationTarget>['notifications'];
  let updates: BaiUpdateAvailableDetail[];
  let clock: number;

  beforeEach(async () => {
    manifestUrl = `https://updates.test/${crypto.randomUUID()}/version.json`;
    store = await freshStore('update');
    ({ target, notifications } = notificationTarget());
    updates = [];
    target.addEventListener('bai-update-available', (event) => updates.push(event.detail));
    clock = Date.UTC(2026, 0, 1);
  });
  afterEach(() => {
    localStorage.removeItem(`bai-user-settings:update-check:${manifestUrl}`);
    store.dispose();
  });

  const check = (fetchFn: typeof fetch, extra: Partial<UpdateCheckOptions> = {}) =>
    checkForUpdate({ manifestUrl, currentVersion: '24.03.1', store, target, fetch: fetchFn, now: () => clock, ...extra });

  it('announces a newer version with bai-update-available and a notification', async () => {
    const fetchFn = respond({ package: '24.09.0', build: '240901', revision: 'abc1234' });
    expect(await check(fetchFn)).to.deep.equal({ status: 'newer', version: '24.09.0' });
    expect(fetchFn.calls).to.deep.equal([manifestUrl]);
    expect(updates).to.deep.equal([{ version: '24.09.0', url: manifestUrl }]);
    expect(notifications).to.have.length(1);
    expect(notifications[0]!.level).to.equal('info');
    expect(notifications[0]!.message).to.contain('24.09.0');
  });

  it('links to the release given in the manifest, resolved against the manifest URL', async () => {
    await check(respond({ package: '25.1.0', build: '1', revision: 'x', url: '../releases/25.1.0' }));
    expect(updates[0]!.url).to.equal(new URL('../releases/25.1.0', manifestUrl).href);
  });

  it('stays quiet when this version is the newest or newer', async () => {
    expect(await check(respond({ package: '24.03.1' }))).to.deep.equal({ status: 'current', version: '24.03.1' });
    clock += DAY;
    expect(await check(respond({ package: '24.03.0' }))).to.deep.equal({ status: 'current', version: '24.03.0' });
    expect(updates).to.deep.equal([]);
    expect(notifications).to.deep.equal([]);
  });

  it('checks at most once a day', async () => {
    const fetchFn = respond({ package: '24.03.1' });
    await check(fetchFn);
    clock += DAY - 1;
    expect(await check(fetchFn)).to.deep.equal({ status: 'skipped' });
    clock += 1;
    expect((await check(fetchFn)).status).to.equal('current');
    expect(fetchFn.calls).to.have.length(2);
  });

  it('fetches once when two checks start together (two elements or tabs)', async () => {
    const fetchFn = respond({ package: '24.09.0' });
    const results = await Promise.all([check(fetchFn), check(fetchFn)]);
    expect(results.map((result) => result.status).sort()).to.deep.equal(['newer', 'skipped']);
    expect(fetchFn.calls).to.have.length(1);
    expect(updates).to.have.length(1);
  });

  it('checks again when the clock was set back', async () => {
    const fetchFn = respond({ package: '24.03.1' });
    await check(fetchFn);
    clock -= 60_000;
    expect((await check(fetchFn)).status).to.equal('current');
  });

  it('does nothing while the setting is off, unless forced', async () => {
    await store.set('automaticUpdateCheck', false);
    const fetchFn = respond({ package: '30.0.0' });
    expect(await check(fetchFn)).to.deep.equal({ status: 'skipped' });
    expect(fetchFn.calls).to.deep.equal([]);
    expect((await check(fetchFn, { force: true })).status).to.equal('newer');
    expect((await check(fetchFn, { force: true })).status).to.equal('newer');
    expect(fetchFn.calls).to.have.length(2);
  });

  it('does nothing without a manifest URL or a current version', async () => {
    const fetchFn = respond({ package: '30.0.0' });
    expect((await check(fetchFn, { currentVersion: '' })).status).to.equal('skipped');
    expect((await check(fetchFn, { manifestUrl: '' })).status).to.equal('skipped');
    expect(fetchFn.calls).to.deep.equal([]);
  });

  it('counts an offline fetch, an error status and a bad manifest as failures, without throwing', async () => {
    expect(await check(offline())).to.deep.equal({ status: 'failed' });
    clock += DAY;
    expect(await check(respond({ title: 'Not Found' }, 404))).to.deep.equal({ status: 'failed' });
    expect(store.get('automaticUpdateCheck')).to.equal(true);
    expect(notifications).to.deep.equal([]);
    clock += DAY;
    expect(await check(respond('<html>captive portal</html>'))).to.deep.equal({ status: 'failed' });
    expect(store.get('automaticUpdateCheck')).to.equal(false);
  });

  it('turns the setting off with a warning after three failures in a row', async () => {
    const fetchFn = offline();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await check(fetchFn)).status).to.equal('failed');
      clock += DAY;
    }
    expect(fetchFn.calls).to.have.length(3);
    expect(store.get('automaticUpdateCheck')).to.equal(false);
    expect(notifications).to.have.length(1);
    expect(notifications[0]!.level).to.equal('warning');
    expect(notifications[0]!.message).to.match(/Automatic update check is now off/);
    expect((await check(fetchFn)).status).to.equal('skipped');
  });

  it('starts counting failures again after a successful check', async () => {
    await check(offline());
    clock += DAY;
    await check(offline());
    clock += DAY;
    expect((await check(respond({ package: '24.03.1' }))).status).to.equal('current');
    for (let attempt = 0; attempt < 2; attempt += 1) {
      clock += DAY;
      await check(offline());
    }
    expect(store.get('automaticUpdateCheck')).to.equal(true);
    expect(notifications).to.deep.equal([]);
  });

  it('survives an unreadable remembered state', async () => {
    localStorage.setItem(`bai-user-settings:update-check:${manifestUrl}`, '{not json');
    expect((await check(respond({ package: '24.03.1' }))).status).to.equal('current');
  });

  it('fetches the manifest with the browser when no fetch is given', async () => {
    manifestUrl = new URL('./fixtures/version.json', import.meta.url).href;
    const result = await checkForUpdate({ manifestUrl, currentVersion: '24.03.1', store, target, force: true });
    expect(result).to.deep.equal({ status: 'newer', version: '99.1.0' });
    expect(updates).to.deep.equal([{ version: '99.1.0', url: manifestUrl }]);
    manifestUrl = new URL('./fixtures/missing-version.json', import.meta.url).href;
    expect((await checkForUpdate({ manifestUrl, currentVersion: '24.03.1', store, target, force: true })).status).to.equal('failed');
  });
});
