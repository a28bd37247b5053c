import type { ClientLogEntry, PendingClientLogEntry } from './client-log-entry.js';
import type { LogStore } from './log-store.js';

/** The fallback when IndexedDB is missing or refuses to open (some private modes): entries live as long as the page. */
export class MemoryLogStore implements LogStore {
  readonly persistent = false;
  #entries: ClientLogEntry[] = [];
  #nextId = 1;

  async append(entries: readonly PendingClientLogEntry[], maxEntries: number): Promise<void> {
    for (const entry of entries) this.#entries.push({ ...entry, id: this.#nextId++ });
    if (this.#entries.length > maxEntries) this.#entries.splice(0, this.#entries.length - maxEntries);
  }

  async readAll(limit = Infinity, afterId = 0): Promise<ClientLogEntry[]> {
    const newer = this.#entries.filter((entry) => entry.id > afterId);
    const count = Math.max(0, Math.min(limit, newer.length));
    return newer.slice(newer.length - count).reverse();
  }

  async clear(): Promise<void> {
    this.#entries = [];
  }

  isOpen(): boolean {
    return true;
  }

  close(): void {}
}
