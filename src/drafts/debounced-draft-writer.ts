import type { DraftStore } from './draft-store.js';

/**
 * Writes drafts at most once per `delay` per document while the user types, and lets the
 * owner flush the pending write (before closing, switching file or saving) so the last
 * keystrokes are never lost.
 */
export class DebouncedDraftWriter {
  readonly #store: DraftStore;
  readonly #delay: number;
  #pending = new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>();
  #writes: Promise<void> = Promise.resolve();

  constructor(store: DraftStore, delay = 300) {
    this.#store = store;
    this.#delay = delay;
  }

  schedule(documentKey: string, text: string): void {
    const existing = this.#pending.get(documentKey);
    if (existing) clearTimeout(existing.timer);
    const timer = setTimeout(() => void this.#write(documentKey), this.#delay);
    this.#pending.set(documentKey, { text, timer });
  }

  /** Drops a pending write and deletes the stored draft, after any write already under way. */
  async discard(documentKey: string): Promise<void> {
    const existing = this.#pending.get(documentKey);
    if (existing) clearTimeout(existing.timer);
    this.#pending.delete(documentKey);
    this.#writes = this.#writes.then(() => this.#store.delete(documentKey));
    await this.#writes;
  }

  /** Writes everything pending now and resolves once every write has finished. */
  async flush(): Promise<void> {
    for (const documentKey of [...this.#pending.keys()]) void this.#write(documentKey);
    await this.#writes;
  }

  #write(documentKey: string): Promise<void> {
    const entry = this.#pending.get(documentKey);
    if (!entry) return this.#writes;
    clearTimeout(entry.timer);
    this.#pending.delete(documentKey);
    // Writes run in order so an older text never lands after a newer one.
    this.#writes = this.#writes.then(() => this.#store.set(documentKey, entry.text));
    return this.#writes;
  }
}
