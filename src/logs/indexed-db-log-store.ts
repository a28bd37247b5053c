import type { ClientLogEntry, PendingClientLogEntry } from './client-log-entry.js';
import type { LogStore } from './log-store.js';

const STORE = 'entries';
const VERSION = 1;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'));
    transaction.onerror = () => reject(transaction.error);
  });
}

/** Adds entries from `range`, newest first, to `entries` until it holds `limit`. */
function readBack(store: IDBObjectStore, range: IDBKeyRange, limit: number, entries: ClientLogEntry[]): Promise<ClientLogEntry[]> {
  return new Promise((resolve, reject) => {
    const cursor = store.openCursor(range, 'prev');
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const current = cursor.result;
      if (!current) return resolve(entries);
      entries.push(current.value as ClientLogEntry);
      if (entries.length >= limit) resolve(entries);
      else current.continue();
    };
  });
}

/** Opens (creating on first use) the log database; rejects when IndexedDB is missing or refuses. */
export function openLogDatabase(name: string): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, VERSION);
    request.onupgradeneeded = () => {
      // The key generator makes ids monotonic across every tab writing to this database.
      request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new DOMException(`${name} is blocked by an older version`, 'InvalidStateError'));
  });
}

/**
 * Entries in one object store keyed by an auto-increment id. Ids only grow and the oldest
 * are the only ones ever deleted, so the live ids form one contiguous range ending at the
 * newest id: trimming to the newest N deletes the key range at or below `newest - N`,
 * touching only the overflow and never counting or scanning the log.
 */
export class IndexedDbLogStore implements LogStore {
  readonly persistent = true;
  readonly #database: IDBDatabase;
  #open = true;

  constructor(database: IDBDatabase) {
    this.#database = database;
    // Another tab upgrading or deleting the database must not be blocked by this one.
    database.onversionchange = () => this.close();
    database.onclose = () => {
      this.#open = false;
    };
  }

  isOpen(): boolean {
    return this.#open;
  }

  async append(entries: readonly PendingClientLogEntry[], maxEntries: number): Promise<void> {
    // A log entry lost to a power cut is acceptable; waiting for the disk on every batch is not.
    const transaction = this.#database.transaction(STORE, 'readwrite', { durability: 'relaxed' });
    const done = committed(transaction);
    const store = transaction.objectStore(STORE);
    let last: IDBRequest<IDBValidKey> | undefined;
    for (const entry of entries) last = store.add(entry);
    if (last) {
      const newest = last;
      // Requests of one transaction succeed in order: the last add knows the newest id.
      newest.onsuccess = () => {
        const id = newest.result as number;
        if (id > maxEntries) store.delete(IDBKeyRange.upperBound(id - maxEntries));
      };
    }
    await done;
  }

  async readAll(limit?: number, afterId?: number): Promise<ClientLogEntry[]> {
    const store = this.#database.transaction(STORE, 'readonly').objectStore(STORE);
    const after = afterId === undefined ? null : IDBKeyRange.lowerBound(afterId, true);
    if (limit === undefined) return (await requestResult(store.getAll(after) as IDBRequest<ClientLogEntry[]>)).reverse();
    if (limit <= 0) return [];
    // The newest few in two requests rather than a cursor step (a round trip each) per entry:
    // the newest id, then the ids below it that hold `limit` entries when none is missing.
    const newest = (await requestResult(store.openKeyCursor(after, 'prev')))?.primaryKey as number | undefined;
    if (newest === undefined) return [];
    const floor = (afterId ?? 0) + 1; // the key generator starts at 1
    const lowest = Math.max(newest - limit + 1, floor);
    const entries = (await requestResult(store.getAll(IDBKeyRange.bound(lowest, newest)) as IDBRequest<ClientLogEntry[]>)).reverse();
    if (entries.length >= limit || lowest <= floor) return entries;
    // Ids can be missing (an aborted write still uses up its ids): walk back for the rest.
    return readBack(store, IDBKeyRange.bound(floor, lowest, false, true), limit, entries);
  }

  async clear(): Promise<void> {
    const transaction = this.#database.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).clear();
    await committed(transaction);
  }

  close(): void {
    this.#open = false;
    this.#database.close();
  }
}
