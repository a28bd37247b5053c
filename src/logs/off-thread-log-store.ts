import type { PendingClientLogEntry } from './client-log-entry.js';
import type { IndexedDbLogStore } from './indexed-db-log-store.js';
import type { LogStore } from './log-store.js';
import type { LogWriterClient } from './log-writer-client.js';

/**
 * The IndexedDB log with its writes done by the log writer worker. Reads and clears stay
 * on the page's own connection: a ClientLog waits for its writes before either, and a
 * committed write is visible to every connection. A write the worker cannot take is done
 * here instead, so nothing is lost when workers are refused.
 */
export class OffThreadLogStore implements LogStore {
  readonly persistent = true;
  readonly #local: IndexedDbLogStore;
  readonly #writer: LogWriterClient;
  readonly #databaseName: string;

  constructor(local: IndexedDbLogStore, writer: LogWriterClient, databaseName: string) {
    this.#local = local;
    this.#writer = writer;
    this.#databaseName = databaseName;
  }

  async append(entries: readonly PendingClientLogEntry[], maxEntries: number): Promise<void> {
    try {
      await this.#writer.append(this.#databaseName, entries, maxEntries);
    } catch {
      await this.#local.append(entries, maxEntries);
    }
  }

  readAll(limit?: number, afterId?: number) {
    return this.#local.readAll(limit, afterId);
  }

  clear(): Promise<void> {
    return this.#local.clear();
  }

  isOpen(): boolean {
    return this.#local.isOpen();
  }

  close(): void {
    this.#writer.close(this.#databaseName);
    this.#local.close();
  }
}
