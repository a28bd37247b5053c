import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export const DRAFTS_DATABASE = 'bai-user-settings-drafts';
export const DRAFTS_OBJECT_STORE = 'drafts';

/** Text the user typed and has not saved yet, with when it was last kept. */
export interface Draft {
  text: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

let idbStore: UseStore | undefined;
function store(): UseStore {
  idbStore ??= createStore(DRAFTS_DATABASE, DRAFTS_OBJECT_STORE);
  return idbStore;
}

function isDraft(value: unknown): value is Draft {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return typeof record.text === 'string' && typeof record.updatedAt === 'number';
}

/**
 * Unsaved script text per namespace and document, kept in IndexedDB so that a failed
 * save, a reload or a crash loses nothing. When IndexedDB is not usable (private mode,
 * blocked storage) drafts live in memory for the page's lifetime instead.
 */
export class DraftStore {
  readonly namespace: string;
  #memory = new Map<string, Draft>();
  #persistent = true;

  constructor(namespace = 'default') {
    this.namespace = namespace;
  }

  /** False once IndexedDB has failed and drafts only survive until the page closes. */
  get persistent(): boolean {
    return this.#persistent;
  }

  #key(documentKey: string): string {
    return `${this.namespace}/${documentKey}`;
  }

  async get(documentKey: string): Promise<Draft | undefined> {
    const key = this.#key(documentKey);
    if (this.#persistent) {
      try {
        const value: unknown = await get(key, store());
        if (value === undefined) return this.#memory.get(key);
        if (isDraft(value)) return value;
        console.warn(`bai-user-settings: ignoring a malformed draft at ${key}`);
        return undefined;
      } catch (error) {
        this.#fallBack(error);
      }
    }
    return this.#memory.get(key);
  }

  async set(documentKey: string, text: string): Promise<void> {
    const key = this.#key(documentKey);
    const draft: Draft = { text, updatedAt: Date.now() };
    this.#memory.set(key, draft);
    if (!this.#persistent) return;
    try {
      await set(key, draft, store());
      this.#memory.delete(key);
    } catch (error) {
      this.#fallBack(error);
    }
  }

  async delete(documentKey: string): Promise<void> {
    const key = this.#key(documentKey);
    this.#memory.delete(key);
    if (!this.#persistent) return;
    try {
      await del(key, store());
    } catch (error) {
      this.#fallBack(error);
    }
  }

  #fallBack(error: unknown): void {
    console.warn('bai-user-settings: drafts are kept in memory only, IndexedDB failed:', error);
    this.#persistent = false;
  }
}
