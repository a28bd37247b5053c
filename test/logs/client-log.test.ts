import { expect, waitUntil } from '@open-wc/testing';
import { ClientLog } from '../../src/logs/client-log.js';
import { clientLog } from '../../src/logs/default-client-log.js';
import type { ClientLogEntryInput } from '../../src/logs/client-log-entry.js';
import { logWriter } from '../../src/logs/default-log-writer.js';
import { IndexedDbLogStore, openLogDatabase } from '../../src/logs/indexed-db-log-store.js';
import { prepareEntry } from '../../src/logs/prepare-entry.js';
import { REDACTED } from '../../src/logs/redact.js';

let counter = 0;
const uniqueName = () => `bai-client-logs-test-${Date.now()}-${Math.random().toString(36).slice(2)}-${counter++}`;

const request = (n: number, fields: Partial<ClientLogEntryInput> = {}): ClientLogEntryInput => ({
  isError: false,
  requestMethod: 'GET',
  requestUrl: `/func/request/${n}`,
  statusCode: 200,
  statusText: 'OK',
  ...fields,
});

/** The object-store calls this page's main thread makes while `work` runs. */
async function spyOnObjectStores(work: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const spied = ['add', 'put', 'delete', 'count', 'openCursor', 'openKeyCursor', 'getAll', 'getAllKeys'];
  const originals = spied.map((name) => proto[name]);
  spied.forEach((name, index) => {
    proto[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      calls.push(name);
      return originals[index].apply(this, args);
    };
  });
  try {
    await work();
  } finally {
    spied.forEach((name, index) => (proto[name] = originals[index]));
  }
  return calls;
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const deletion = indexedDB.deleteDatabase(name);
    deletion.onsuccess = deletion.onerror = deletion.onblocked = () => resolve();
  });
}

describe('clientLog', () => {
  it('is the page log on the bai-client-logs database, keeping 3000 entries', () => {
    expect(clientLog).to.be.instanceOf(ClientLog);
    expect(clientLog.databaseName).to.equal('bai-client-logs');
    expect(clientLog.maxEntries).to.equal(3000);
  });
});

describe('ClientLog', () => {
  const opened: ClientLog[] = [];
  const open = (options: ConstructorParameters<typeof ClientLog>[0] = {}) => {
    const log = new ClientLog({ databaseName: uniqueName(), ...options });
    opened.push(log);
    return log;
  };

  afterEach(async () => {
    for (const log of opened.splice(0)) {
      await log.close();
      await deleteDatabase(log.databaseName);
    }
  });

  it('stores recorded entries and lists them newest first with growing ids', async () => {
    const log = open();
    log.record(request(1));
    log.record(request(2, { isError: true, statusCode: 404, title: 'Not Found' }));
    log.record(request(3));
    const entries = await log.list();
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/3', '/func/request/2', '/func/request/1']);
    expect(entries[0].id).to.be.greaterThan(entries[1].id);
    expect(entries[1].id).to.be.greaterThan(entries[2].id);
    expect(entries[1]).to.include({ isError: true, statusCode: 404, title: 'Not Found', type: '' });
  });

  it('keeps the entries for a later instance on the same database', async () => {
    const name = uniqueName();
    const writer = open({ databaseName: name });
    writer.record(request(1));
    await writer.close();
    const reader = open({ databaseName: name });
    expect((await reader.list()).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/1']);
  });

  it('stamps entries with an ISO 8601 time, normalizing a given one', async () => {
    const log = open();
    const before = Date.now();
    log.record(request(1));
    log.record(request(2, { timestamp: 'Tue, 02 Jan 2024 03:04:05 GMT' }));
    const [second, first] = await log.list();
    expect(second.timestamp).to.equal('2024-01-02T03:04:05.000Z');
    expect(first.timestamp).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(first.timestamp)).to.be.at.least(before - 1);
  });

  it('redacts before storing: the database never holds the secret', async () => {
    const name = uniqueName();
    const log = open({ databaseName: name });
    log.record(
      request(1, {
        requestMethod: 'POST',
        requestParameters: JSON.stringify({ pubkey: 'ssh-ed25519 AAAA', privkey: '-----BEGIN OPENSSH PRIVATE KEY-----\nxyzzy-private-body\n-----END OPENSSH PRIVATE KEY-----' }),
        response: { access_token: 'sekrit-token-value', ok: true },
        message: 'echo -----BEGIN RSA PRIVATE KEY-----\nrsa-private-body\n-----END RSA PRIVATE KEY-----',
      }),
    );
    await log.flush();
    const raw = JSON.stringify(await readAllRaw(name));
    expect(raw).not.to.include('xyzzy-private-body');
    expect(raw).not.to.include('sekrit-token-value');
    expect(raw).not.to.include('rsa-private-body');
    const [entry] = await log.list();
    expect(JSON.parse(entry.requestParameters as string)).to.deep.equal({ pubkey: 'ssh-ed25519 AAAA', privkey: REDACTED });
    expect(entry.response).to.deep.equal({ access_token: REDACTED, ok: true });
    expect(entry.message).to.equal(`echo ${REDACTED}`);
  });

  it('truncates request parameters over 16 KiB with a marker', async () => {
    const log = open();
    log.record(request(1, { requestParameters: { data: 'z'.repeat(20_000) } }));
    const [entry] = await log.list();
    expect(entry.requestParameters).to.be.a('string').and.match(/\[TRUNCATED: 20011 bytes\]$/);
  });

  it('keeps only the newest maxEntries, over many batches and after a clear', async () => {
    const log = open({ maxEntries: 5 });
    for (let n = 1; n <= 4; n++) log.record(request(n));
    await log.flush();
    for (let n = 5; n <= 12; n++) {
      log.record(request(n));
      if (n % 3 === 0) await log.flush();
    }
    let entries = await log.list();
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal([12, 11, 10, 9, 8].map((n) => `/func/request/${n}`));
    expect(await readCount(log.databaseName)).to.equal(5);

    await log.clear();
    expect(await log.list()).to.deep.equal([]);
    for (let n = 13; n <= 20; n++) log.record(request(n));
    entries = await log.list();
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal([20, 19, 18, 17, 16].map((n) => `/func/request/${n}`));
  });

  it('trims a full log without counting or scanning it: one add per entry and one range delete per batch', async () => {
    const store = new IndexedDbLogStore(await openLogDatabase(uniqueName()));
    await store.append(Array.from({ length: 60 }, (_, index) => prepareEntry(request(index + 1))), 50);
    const calls = await spyOnObjectStores(() => store.append([61, 62, 63].map((n) => prepareEntry(request(n))), 50));
    expect(calls).to.deep.equal(['add', 'add', 'add', 'delete']);
    const entries = await store.readAll();
    store.close();
    expect(entries).to.have.length(50);
    expect(entries[0].requestUrl).to.equal('/func/request/63');
    expect(entries[49].requestUrl).to.equal('/func/request/14');
  });

  it('writes what is recorded during a write in one next batch, and a lone entry at once', async () => {
    const log = open();
    const batches: number[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const append = logWriter.append;
    logWriter.append = async function (this: typeof logWriter, ...args: Parameters<typeof append>) {
      batches.push(args[1].length);
      if (batches.length === 1) await held;
      return append.apply(this, args);
    };
    try {
      log.record(request(1));
      await waitUntil(() => batches.length === 1, 'the first entry was not sent');
      expect(batches).to.deep.equal([1]);
      for (let n = 2; n <= 4; n++) {
        log.record(request(n));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(batches).to.deep.equal([1]);
      release();
      await log.flush();
      expect(batches).to.deep.equal([1, 3]);
      log.record(request(5));
      await log.flush();
      expect(batches).to.deep.equal([1, 3, 1]);
    } finally {
      logWriter.append = append;
    }
    expect((await log.list()).map((entry) => entry.requestUrl)).to.deep.equal([5, 4, 3, 2, 1].map((n) => `/func/request/${n}`));
  });

  it('reads the newest few in order even where ids are missing in between', async () => {
    const name = uniqueName();
    const store = new IndexedDbLogStore(await openLogDatabase(name));
    await store.append(Array.from({ length: 10 }, (_, index) => prepareEntry(request(index + 1))), 100);
    const urls = (entries: { requestUrl: string }[]) => entries.map((entry) => Number(entry.requestUrl.split('/').pop()));
    expect(urls(await store.readAll(3))).to.deep.equal([10, 9, 8]);
    expect(urls(await store.readAll(4, 8))).to.deep.equal([10, 9]);

    const database = await openLogDatabase(name);
    const removal = database.transaction('entries', 'readwrite');
    removal.objectStore('entries').delete(IDBKeyRange.bound(5, 7));
    await new Promise((resolve) => (removal.oncomplete = resolve));
    database.close();

    expect(urls(await store.readAll(5))).to.deep.equal([10, 9, 8, 4, 3]);
    expect(urls(await store.readAll(5, 2))).to.deep.equal([10, 9, 8, 4, 3]);
    expect(urls(await store.readAll(10, 3))).to.deep.equal([10, 9, 8, 4]);
    expect(urls(await store.readAll(20))).to.deep.equal([10, 9, 8, 4, 3, 2, 1]);
    store.close();
  });

  it('leaves the IndexedDB writing to a worker, off the page\'s main thread', async () => {
    const log = open({ maxEntries: 50 });
    const calls = await spyOnObjectStores(async () => {
      for (let n = 1; n <= 60; n++) log.record(request(n));
      await log.flush();
    });
    expect(calls).to.deep.equal([]);
    const entries = await log.list();
    expect(entries).to.have.length(50);
    expect(entries[0].requestUrl).to.equal('/func/request/60');
  });

  it('trims a log that was kept with a larger limit down to a smaller one', async () => {
    const name = uniqueName();
    const large = open({ databaseName: name, maxEntries: 100 });
    for (let n = 1; n <= 30; n++) large.record(request(n));
    await large.flush();
    await large.close();
    const small = open({ databaseName: name, maxEntries: 10 });
    small.record(request(31));
    expect((await small.list()).length).to.equal(10);
    expect((await small.list())[9].requestUrl).to.equal('/func/request/22');
  });

  it('filters by query across fields and by errors, and limits the count', async () => {
    const log = open();
    log.record(request(1, { isError: true, title: 'Dotfile already exists', requestUrl: '/user-config/dotfiles' }));
    log.record(request(2, { traceback: 'KeyError: vfolder' }));
    log.record(request(3, { isError: true, message: 'Invalid API parameters' }));
    log.record(request(4));
    expect((await log.list({ query: 'DOTFILE' })).map((entry) => entry.title)).to.deep.equal(['Dotfile already exists']);
    expect((await log.list({ query: 'keyerror' })).map((entry) => entry.traceback)).to.deep.equal(['KeyError: vfolder']);
    expect((await log.list({ errorsOnly: true })).map((entry) => entry.isError)).to.deep.equal([true, true]);
    expect((await log.list({ limit: 2 })).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/4', '/func/request/3']);
    expect((await log.list({ errorsOnly: true, limit: 1 })).map((entry) => entry.message)).to.deep.equal(['Invalid API parameters']);
  });

  it('never throws at the caller, whatever it records', async () => {
    const log = open();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => log.record({ requestParameters: cyclic } as unknown as ClientLogEntryInput)).not.to.throw();
    expect(() => log.record(null as unknown as ClientLogEntryInput)).not.to.throw();
    log.record(request(1));
    const entries = await log.list();
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/1', '']);
  });

  it('tells its subscribers what changed, once per batch, until they unsubscribe', async () => {
    const log = open();
    const changes: string[] = [];
    const unsubscribe = log.subscribe((change) => changes.push(change.kind));
    log.record(request(1));
    log.record(request(2));
    await log.flush();
    expect(changes).to.deep.equal(['added']);
    await log.clear();
    expect(changes).to.deep.equal(['added', 'cleared']);
    unsubscribe();
    log.record(request(3));
    await log.flush();
    expect(changes).to.deep.equal(['added', 'cleared']);
  });

  it('lists only what was added after a known id', async () => {
    const log = open();
    log.record(request(1));
    log.record(request(2));
    const [newest] = await log.list();
    log.record(request(3));
    log.record(request(4));
    expect((await log.list({ after: newest.id })).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/4', '/func/request/3']);
    expect((await log.list({ after: newest.id, limit: 1 })).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/4']);
  });

  it('tells a second tab on the same database, which then reads the new entry', async () => {
    const name = uniqueName();
    const thisTab = open({ databaseName: name });
    const otherTab = open({ databaseName: name });
    const heardKinds: string[] = [];
    otherTab.subscribe((change) => heardKinds.push(change.kind));
    const heard = () => heardKinds.length;
    thisTab.record(request(7, { isError: true, title: 'From the first tab' }));
    await thisTab.flush();
    await waitUntil(() => heard() > 0, 'the other tab never heard of the change', { timeout: 5000 });
    expect(heardKinds).to.deep.equal(['added']);
    expect((await otherTab.list()).map((entry) => entry.title)).to.deep.equal(['From the first tab']);

    await otherTab.clear();
    let heardClear = false;
    thisTab.subscribe(() => (heardClear = true));
    await otherTab.clear();
    await waitUntil(() => heardClear, 'the first tab never heard of the clear', { timeout: 5000 });
    expect(await thisTab.list()).to.deep.equal([]);
  });

  it('folds a burst of additions into few messages to other tabs, the last change never lost', async () => {
    const name = uniqueName();
    const thisTab = open({ databaseName: name });
    const otherTab = open({ databaseName: name });
    let heard = 0;
    let newestSeen = '';
    otherTab.subscribe(() => {
      heard++;
      void otherTab.list({ limit: 1 }).then(([newest]) => (newestSeen = newest?.requestUrl ?? ''));
    });
    await thisTab.persistent();
    const sent = 20;
    for (let n = 1; n <= sent; n++) {
      thisTab.record(request(n));
      await thisTab.flush();
    }
    await waitUntil(() => newestSeen === `/func/request/${sent}`, 'the other tab never heard of the last entry', { timeout: 5000 });
    expect(heard).to.be.greaterThan(0).and.lessThan(sent);
  });

  it('keeps working in memory when IndexedDB refuses to open', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const log = open({ maxEntries: 2 });
      log.record(request(1));
      log.record(request(2, { isError: true }));
      log.record(request(3));
      expect(await log.persistent()).to.equal(false);
      expect((await log.list()).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/3', '/func/request/2']);
      expect((await log.list({ errorsOnly: true })).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/2']);
      await log.clear();
      expect(await log.list()).to.deep.equal([]);
    } finally {
      IDBFactory.prototype.open = original;
    }
  });

  it('does not hear logs on another database', async () => {
    const first = open();
    const second = open();
    const probe = open({ databaseName: second.databaseName });
    let heard = 0;
    second.subscribe(() => heard++);
    first.record(request(1));
    await first.flush();
    // Had the first log's message crossed over, it would be heard before the probe's.
    probe.record(request(2));
    await probe.flush();
    await waitUntil(() => heard > 0, 'the probe was not heard', { timeout: 5000 });
    expect(heard).to.equal(1);
    expect((await second.list()).map((entry) => entry.requestUrl)).to.deep.equal(['/func/request/2']);
  });
});

function readAllRaw(name: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const all = database.transaction('entries').objectStore('entries').getAll();
      all.onsuccess = () => {
        database.close();
        resolve(all.result);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

async function readCount(name: string): Promise<number> {
  return (await readAllRaw(name)).length;
}
