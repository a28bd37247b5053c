import type { ClientLogEntry, PendingClientLogEntry } from './client-log-entry.js';

/** Where a ClientLog keeps its entries: IndexedDB, or memory when IndexedDB cannot be used. */
export interface LogStore {
  /** Whether entries outlive the page. */
  readonly persistent: boolean;
  /** Adds the entries in order, then drops all but the newest `maxEntries`; resolves once committed. */
  append(entries: readonly PendingClientLogEntry[], maxEntries: number): Promise<void>;
  /** Entries newest first: at most `limit` of them, and only those with an id above `afterId`, when given. */
  readAll(limit?: number, afterId?: number): Promise<ClientLogEntry[]>;
  clear(): Promise<void>;
  /** False once the browser or another tab closed the connection (a new one must be opened). */
  isOpen(): boolean;
  close(): void;
}
