import { createStore, del, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';

/** What one namespace holds in storage: its records (by preference name) and whether old settings were imported. */
export interface StoredNamespace {
  records: Map<string, unknown>;
  imported: boolean;
}

/** Where a store keeps its values; the store falls back to memory when any call fails. */
export interface PreferenceStorage {
  load(namespace: string): Promise<StoredNamespace>;
  write(namespace: string, key: string, value: unknown): Promise<void>;
  remove(namespace: string, key: string): Promise<void>;
  /** Writes imported values and the mark that the namespace has been imported, in one transaction. */
  saveImport(namespace: string, values: Record<string, unknown>): Promise<void>;
}

export const DATABASE_NAME = 'bai-user-settings';
export const OBJECT_STORE_NAME = 'preferences';

export function recordKey(namespace: string, key: string): string {
  return `${namespace}/${key}`;
}

// An array key sorts after every string key, so it never falls inside a namespace's key range
// and no namespace name can collide with it.
function importMarkKey(namespace: string): IDBValidKey {
  return ['imported', namespace];
}

/** Preferences in IndexedDB: database `bai-user-settings`, object store `preferences`, key `<namespace>/<key>`. */
export class IndexedDbPreferenceStorage implements PreferenceStorage {
  private readonly idb: UseStore;

  constructor() {
    this.idb = createStore(DATABASE_NAME, OBJECT_STORE_NAME);
  }

  async load(namespace: string): Promise<StoredNamespace> {
    const prefix = recordKey(namespace, '');
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    // Keys, values and the import mark are read in one transaction, so they agree with each other.
    const [keys, values, mark] = await this.idb('readonly', (store) =>
      Promise.all([
        promisifyRequest(store.getAllKeys(range)),
        promisifyRequest(store.getAll(range)),
        promisifyRequest(store.get(importMarkKey(namespace))),
      ]),
    );
    const records = new Map<string, unknown>();
    keys.forEach((key, index) => {
      const name = String(key).slice(prefix.length);
      // `alice/work/language` lies in the range of `alice` but belongs to the namespace `alice/work`.
      if (!name.includes('/')) records.set(name, values[index]);
    });
    return { records, imported: mark !== undefined };
  }

  write(namespace: string, key: string, value: unknown): Promise<void> {
    return set(recordKey(namespace, key), value, this.idb);
  }

  remove(namespace: string, key: string): Promise<void> {
    return del(recordKey(namespace, key), this.idb);
  }

  saveImport(namespace: string, values: Record<string, unknown>): Promise<void> {
    const entries: [IDBValidKey, unknown][] = Object.entries(values).map(([key, value]) => [recordKey(namespace, key), value]);
    entries.push([importMarkKey(namespace), true]);
    return setMany(entries, this.idb);
  }
}
