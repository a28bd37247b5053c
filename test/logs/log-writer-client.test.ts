import { expect } from '@open-wc/testing';
import type { ClientLogEntryInput } from '../../src/logs/client-log-entry.js';
import { IndexedDbLogStore, openLogDatabase } from '../../src/logs/indexed-db-log-store.js';
import { LogWriterClient } from '../../src/logs/log-writer-client.js';
import { prepareEntry } from '../../src/logs/prepare-entry.js';

const WORKER = new URL('../../src/logs/log-writer.worker.ts', import.meta.url);
let counter = 0;
const uniqueName = () => `bai-log-writer-test-${Date.now()}-${counter++}`;
const entry = (n: number, fields: Partial<ClientLogEntryInput> = {}) =>
  prepareEntry({ isError: false, requestMethod: 'GET', requestUrl: `/func/request/${n}`, ...fields });

async function readBack(databaseName: string) {
  const store = new IndexedDbLogStore(await openLogDatabase(databaseName));
  try {
    return await store.readAll();
  } finally {
    store.close();
  }
}

describe('LogWriterClient', () => {
  it('has the worker commit batches in order and trim to the newest', async () => {
    const writer = new LogWriterClient(WORKER);
    const databaseName = uniqueName();
    await writer.append(databaseName, [entry(1), entry(2), entry(3)], 4);
    await writer.append(databaseName, [entry(4), entry(5, { isError: true, statusCode: 500 })], 4);
    const stored = await readBack(databaseName);
    expect(stored.map((stored) => stored.requestUrl)).to.deep.equal([5, 4, 3, 2].map((n) => `/func/request/${n}`));
    expect(stored[0].isError).to.equal(true);
    expect(stored[0].statusCode).to.equal(500);
    writer.close(databaseName);
  });

  it('rejects with the reason when the worker cannot store, and keeps working for other databases', async () => {
    const writer = new LogWriterClient(WORKER);
    // The database already has a newer version than this code knows: the worker's open is refused.
    const blockedName = uniqueName();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(blockedName, 2);
      request.onupgradeneeded = () => request.result.createObjectStore('entries', { keyPath: 'id', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let failure: unknown;
    await writer.append(blockedName, [entry(1)], 10).catch((error: unknown) => (failure = error));
    expect(String(failure)).to.match(/version/i);

    const databaseName = uniqueName();
    await writer.append(databaseName, [entry(7)], 10);
    expect((await readBack(databaseName)).map((stored) => stored.requestUrl)).to.deep.equal(['/func/request/7']);
    newer.close();
  });

  it('rejects every write, with one warning, when its script cannot be loaded', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const writer = new LogWriterClient(new URL('./no-such-log-writer.worker.js', location.href));
      const results = await Promise.allSettled([writer.append(uniqueName(), [entry(1)], 10), writer.append(uniqueName(), [entry(2)], 10)]);
      expect(results.map((result) => result.status)).to.deep.equal(['rejected', 'rejected']);
      const later = await writer.append(uniqueName(), [entry(3)], 10).then(
        () => 'stored',
        () => 'rejected',
      );
      expect(later).to.equal('rejected');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('main thread');
  });
});
