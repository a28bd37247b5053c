import { ChangeChannel, type LogChange } from './change-channel.js';
import type { ClientLogEntry, ClientLogEntryInput, PendingClientLogEntry } from './client-log-entry.js';
import { logWriter } from './default-log-writer.js';
import { IndexedDbLogStore, openLogDatabase } from './indexed-db-log-store.js';
import type { LogStore } from './log-store.js';
import { MemoryLogStore } from './memory-log-store.js';
import { OffThreadLogStore } from './off-thread-log-store.js';
import { prepareEntry } from './prepare-entry.js';
import { filterEntries, type LogFilter } from './search-entries.js';
import { hasUpstreamLog, type LegacyStorage } from './upstream-log-key.js';

export const DEFAULT_LOG_DATABASE = 'bai-client-logs';
export const DEFAULT_MAX_LOG_ENTRIES = 3000;

export interface ClientLogOptions {
  /** IndexedDB database name; default `bai-client-logs`. */
  databaseName?: string;
  /** How many of the newest entries are kept; default 3000. */
  maxEntries?: number;
  /** BroadcastChannel name that carries changes between tabs; default the database name. */
  channelName?: string;
  /**
   * Where the upstream WebUI's `backendaiwebui.logs` array may be found, imported once and
   * removed. Default: `localStorage` for the default database, none for any other.
   */
  legacyStorage?: LegacyStorage | null;
}

export interface ListOptions extends LogFilter {
  /** At most this many entries (the newest). */
  limit?: number;
  /** Only entries with an id above this one: what was added since a view last read. */
  after?: number;
}

function defaultLegacyStorage(databaseName: string): LegacyStorage | null {
  if (databaseName !== DEFAULT_LOG_DATABASE) return null;
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage access can throw (sandboxed frames, blocked cookies).
    return null;
  }
}

/**
 * The client-side request log: every request the manager bridge makes, redacted, kept in
 * IndexedDB (the newest `maxEntries`), shared live between the tabs of an origin.
 * `record()` costs the caller only redaction and an array push. Entries are written by a
 * worker where the page allows one; those recorded in the same task, or while a write is
 * in flight, share one transaction.
 */
export class ClientLog {
  readonly databaseName: string;
  readonly maxEntries: number;
  readonly channelName: string;
  readonly #legacyStorage: LegacyStorage | null;
  #store: Promise<LogStore> | undefined;
  #opened: LogStore | undefined;
  #pending: PendingClientLogEntry[] = [];
  #flushScheduled = false;
  #writing = false;
  #written: Promise<void> = Promise.resolve();
  #listeners = new Set<(change: LogChange) => void>();
  #channel: ChangeChannel | undefined;

  constructor({ databaseName = DEFAULT_LOG_DATABASE, maxEntries = DEFAULT_MAX_LOG_ENTRIES, channelName, legacyStorage }: ClientLogOptions = {}) {
    this.databaseName = databaseName;
    this.maxEntries = Math.max(1, Math.floor(Number.isFinite(maxEntries) ? maxEntries : DEFAULT_MAX_LOG_ENTRIES));
    this.channelName = channelName ?? databaseName;
    this.#legacyStorage = legacyStorage === undefined ? defaultLegacyStorage(databaseName) : legacyStorage;
  }

  /** Whether entries outlive the page (false when IndexedDB cannot be used). */
  async persistent(): Promise<boolean> {
    return (await this.#openStore()).persistent;
  }

  /** Queues one entry; returns at once and never throws. */
  record(entry: ClientLogEntryInput): void {
    if (entry === null || typeof entry !== 'object') {
      console.warn('bai-client-logs: record() takes an entry object; ignored', entry);
      return;
    }
    try {
      this.#pending.push(prepareEntry(entry));
    } catch (error) {
      console.warn('bai-client-logs: an entry could not be recorded', error);
      return;
    }
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      queueMicrotask(() => this.#writePending());
    }
  }

  /** Resolves once every entry recorded so far is stored. */
  async flush(): Promise<void> {
    this.#writePending();
    await this.#written;
  }

  /** Stored entries, newest first, filtered by `query` (every field, case-insensitive) and `errorsOnly`. */
  async list({ limit, after, ...filter }: ListOptions = {}): Promise<ClientLogEntry[]> {
    // Asked for before anything is awaited: the database opens while the caller goes on
    // (a viewer renders its first frame meanwhile) instead of after.
    const opening = this.#openStore();
    await this.flush();
    await opening;
    // The same store, unless a version change in another tab closed it meanwhile.
    const store = await this.#openStore();
    const filtering = (filter.query?.trim() ?? '') !== '' || filter.errorsOnly === true;
    const entries = filtering ? filterEntries(await store.readAll(undefined, after), filter) : await store.readAll(limit, after);
    return limit === undefined ? entries : entries.slice(0, Math.max(0, limit));
  }

  /** Deletes every entry, in every tab. */
  async clear(): Promise<void> {
    await this.flush();
    const store = await this.#openStore();
    await store.clear();
    this.#changed({ kind: 'cleared' });
  }

  /**
   * Calls `fn` after entries are stored or the log is cleared, here or in another tab,
   * saying which of the two happened; returns the unsubscribe function.
   */
  subscribe(fn: (change: LogChange) => void): () => void {
    this.#listeners.add(fn);
    this.#ensureChannel();
    return () => {
      this.#listeners.delete(fn);
    };
  }

  /** Writes what is pending, then lets go of the database and the channel (a later call reopens them). */
  async close(): Promise<void> {
    await this.flush();
    const store = this.#store;
    this.#store = undefined;
    this.#opened = undefined;
    (await store)?.close();
    this.#channel?.close();
    this.#channel = undefined;
  }

  #ensureChannel(): ChangeChannel {
    this.#channel ??= new ChangeChannel(this.channelName, (change) => this.#notify(change));
    return this.#channel;
  }

  #openStore(): Promise<LogStore> {
    // While opening, #store is set and #opened is not: callers share the pending open.
    if (this.#store && (this.#opened === undefined || this.#opened.isOpen())) return this.#store;
    this.#opened = undefined;
    this.#store = openLogDatabase(this.databaseName)
      .then(
        (database): LogStore => new OffThreadLogStore(new IndexedDbLogStore(database), logWriter, this.databaseName),
        (error: unknown) => {
          console.warn('bai-client-logs: IndexedDB is not usable; the log is kept in memory only', error);
          return new MemoryLogStore();
        },
      )
      .then((store) => this.#importUpstream(store))
      .then((store) => (this.#opened = store));
    return this.#store;
  }

  async #importUpstream(store: LogStore): Promise<LogStore> {
    const storage = this.#legacyStorage;
    if (!storage || !store.persistent || !hasUpstreamLog(storage)) return store;
    try {
      // Needed once per browser at most: loaded only when there is something to import.
      const { takeUpstreamLog } = await import('./upstream-import.js');
      const { entries, restore } = takeUpstreamLog(storage);
      if (entries.length === 0) return store;
      try {
        await store.append(entries.map((entry) => prepareEntry(entry)), this.maxEntries);
        this.#changed({ kind: 'added' });
      } catch (error) {
        console.warn('bai-client-logs: the upstream log could not be imported', error);
        restore();
      }
    } catch (error) {
      console.warn('bai-client-logs: the upstream log importer could not be loaded; it is left for later', error);
    }
    return store;
  }

  #writePending(): void {
    this.#flushScheduled = false;
    if (this.#writing || this.#pending.length === 0) return;
    this.#writing = true;
    this.#written = this.#writeAll();
  }

  /**
   * Writes batches until nothing is pending. What is recorded while one batch is being
   * written waits for it and goes in the next: a page busy with requests sends one batch
   * per round trip, not one per request, while a lone request is written at once.
   */
  async #writeAll(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending;
      this.#pending = [];
      try {
        const store = await this.#openStore();
        await store.append(batch, this.maxEntries);
        this.#changed({ kind: 'added' });
      } catch (error) {
        console.warn(`bai-client-logs: ${batch.length} entries could not be stored`, error);
      }
    }
    // No await between the empty check and this: nothing recorded can be left behind.
    this.#writing = false;
  }

  #changed(change: LogChange): void {
    this.#ensureChannel().announce(change);
    this.#notify(change);
  }

  #notify(change: LogChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.warn('bai-client-logs: a subscriber threw', error);
      }
    }
  }
}
