import { isChangeStamp, isNewer, type ChangeStamp } from './change-stamp.js';
import { defaultLegacySource, readLegacyPreferences } from './legacy-import.js';
import { IndexedDbPreferenceStorage, type PreferenceStorage } from './preference-storage.js';
import {
  DEFAULT_PREFERENCES,
  isPreferenceKey,
  isValidPreference,
  PREFERENCE_KEYS,
  type PreferenceKey,
  type Preferences,
} from './schema.js';
import { randomTabId } from './tab-id.js';

export interface PreferenceChange<K extends PreferenceKey = PreferenceKey> {
  namespace: string;
  key: K;
  value: Preferences[K];
  oldValue: Preferences[K];
  origin: 'local' | 'remote';
}

export interface PreferencesStoreOptions {
  /** Where values are kept; IndexedDB by default. Called once; a throw means memory only. */
  storage?: () => PreferenceStorage;
  /** The BroadcastChannel that links the tabs of an origin; `null` for none. */
  channelName?: string | null;
  /** The upstream WebUI's settings to import once (localStorage by default). */
  legacySource?: Pick<Storage, 'getItem'> | null;
  /** How long `ready` waits for storage that does not answer (a blocked database) before going on in memory. */
  openTimeoutMs?: number;
}

export const PREFERENCES_CHANNEL = 'bai-user-settings:preferences';
const DEFAULT_OPEN_TIMEOUT_MS = 5000;
// A tab whose own write of a key may have landed after a newer one from another tab writes the
// newer value again, so IndexedDB ends with the value every tab shows.
const REWRITE_WINDOW_MS = 2000;

interface SyncMessage {
  namespace: string;
  key: string;
  value: unknown;
  stamp: ChangeStamp;
}

function warn(message: string, error?: unknown): void {
  console.warn(`bai-user-settings: ${message}`, ...(error === undefined ? [] : [error]));
}

/**
 * The preferences of one namespace (usually one user): typed values with defaults, kept in
 * IndexedDB, shared live with the other tabs of the origin. Nothing it does throws; when
 * storage is unusable it keeps values in memory and says so through `persistent`.
 */
export class PreferencesStore {
  private static readonly shared = new Map<string, PreferencesStore>();

  /** The one store of a namespace for this page. */
  static for(namespace = 'default'): PreferencesStore {
    let store = PreferencesStore.shared.get(namespace);
    if (!store) {
      store = new PreferencesStore(namespace);
      PreferencesStore.shared.set(namespace, store);
    }
    return store;
  }

  readonly namespace: string;
  /** Resolves once stored values are loaded, or the store went on in memory; never rejects. */
  readonly ready: Promise<void>;

  private values: Preferences = { ...DEFAULT_PREFERENCES };
  private storage: PreferenceStorage | undefined;
  private loaded = false;
  // Keys changed before loading finished: the loaded values must not overwrite them.
  private readonly changedWhileLoading = new Set<PreferenceKey>();
  private readonly listeners = new Set<(change: PreferenceChange) => void>();
  private readonly statusListeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | undefined;
  private isPersistent = false;
  private readonly tab = randomTabId();
  private readonly stamps = new Map<PreferenceKey, ChangeStamp>();
  private readonly lastLocalWrite = new Map<PreferenceKey, number>();

  constructor(namespace = 'default', options: PreferencesStoreOptions = {}) {
    this.namespace = namespace;
    const channelName = options.channelName === undefined ? PREFERENCES_CHANNEL : options.channelName;
    if (channelName !== null && typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(channelName);
      this.channel.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    }
    const loading = this.load(
      options.storage ?? (() => new IndexedDbPreferenceStorage()),
      options.legacySource === undefined ? defaultLegacySource() : options.legacySource,
    ).catch((error: unknown) => warn('loading settings failed', error));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        warn('IndexedDB did not open in time (blocked?); settings are kept in memory until it does');
        resolve();
      }, options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
    });
    void loading.then(() => clearTimeout(timer));
    this.ready = Promise.race([loading, timeout]);
  }

  /** False while values live in memory only (IndexedDB missing, blocked or failing). */
  get persistent(): boolean {
    return this.isPersistent;
  }

  get<K extends PreferenceKey>(key: K): Preferences[K] {
    return this.values[key];
  }

  /** Changes a value here and in every other tab; an invalid value is ignored with a warning. */
  async set<K extends PreferenceKey>(key: K, value: Preferences[K]): Promise<void> {
    if (!isValidPreference(key, value)) {
      warn(`ignoring ${JSON.stringify(value)}: not a valid value for ${String(key)}`);
      return;
    }
    if (!this.loaded) this.changedWhileLoading.add(key);
    if (this.apply(key, value, 'local')) this.broadcast(key, value);
    else if (this.loaded) return;
    this.lastLocalWrite.set(key, Date.now());
    await this.persist(key, (storage) => storage.write(this.namespace, key, this.values[key]));
  }

  /** Puts one preference, or all of them, back to its default. */
  async reset(key?: PreferenceKey): Promise<void> {
    const keys = key === undefined ? PREFERENCE_KEYS : [key];
    await Promise.all(
      keys.map((each) => {
        if (!this.loaded) this.changedWhileLoading.add(each);
        if (this.apply(each, DEFAULT_PREFERENCES[each], 'local')) this.broadcast(each, DEFAULT_PREFERENCES[each]);
        this.lastLocalWrite.set(each, Date.now());
        return this.persist(each, (storage) => storage.remove(this.namespace, each));
      }),
    );
  }

  isDefault(key: PreferenceKey): boolean {
    return this.values[key] === DEFAULT_PREFERENCES[key];
  }

  /** Calls `fn` for every change of this namespace, made here or in another tab. */
  subscribe(fn: (change: PreferenceChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Calls `fn` when `persistent` changes or loading finishes. */
  subscribeStatus(fn: () => void): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Stops listening to other tabs. Only for stores made with `new`; shared stores live as long as the page. */
  dispose(): void {
    this.channel?.close();
    this.listeners.clear();
    this.statusListeners.clear();
  }

  private apply<K extends PreferenceKey>(key: K, value: Preferences[K], origin: PreferenceChange['origin']): boolean {
    const oldValue = this.values[key];
    if (Object.is(oldValue, value)) return false;
    this.values[key] = value;
    if (!this.loaded) this.changedWhileLoading.add(key);
    const change = { namespace: this.namespace, key, value, oldValue, origin } as PreferenceChange;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        warn('a preference listener failed', error);
      }
    }
    return true;
  }

  private broadcast(key: PreferenceKey, value: unknown): void {
    // Strictly later than the last change this tab knows of the key: two changes within one
    // millisecond (a set, then a reset) would otherwise tie, and the other tabs drop the second.
    const time = Math.max(Date.now(), (this.stamps.get(key)?.time ?? 0) + 1);
    const stamp = { time, tab: this.tab };
    this.stamps.set(key, stamp);
    const message: SyncMessage = { namespace: this.namespace, key, value, stamp };
    try {
      this.channel?.postMessage(message);
    } catch (error) {
      warn('could not tell other tabs about a change', error);
    }
  }

  private receive(data: unknown): void {
    const message = data as Partial<SyncMessage> | null;
    if (!message || message.namespace !== this.namespace) return;
    const { key, value, stamp } = message;
    if (!isPreferenceKey(key) || !isValidPreference(key, value) || !isChangeStamp(stamp)) {
      warn(`ignoring a change from another tab: ${JSON.stringify(key)} = ${JSON.stringify(value)}`);
      return;
    }
    // Two tabs changed the same key at once: both keep the newer change.
    if (!isNewer(stamp, this.stamps.get(key))) return;
    this.stamps.set(key, stamp);
    this.apply(key, value, 'remote');
    if (Date.now() - (this.lastLocalWrite.get(key) ?? Number.NEGATIVE_INFINITY) < REWRITE_WINDOW_MS) {
      void this.persist(key, (storage) => storage.write(this.namespace, key, this.values[key]));
    }
  }

  private async persist(key: PreferenceKey, operation: (storage: PreferenceStorage) => Promise<void>): Promise<void> {
    await this.ready;
    // Still loading (blocked database): the load writes this key when it finishes.
    if (!this.loaded || !this.storage) return;
    try {
      await operation(this.storage);
    } catch (error) {
      this.fallBackToMemory(`could not save ${key}; settings are kept in memory only`, error);
    }
  }

  private async load(
    createStorage: () => PreferenceStorage,
    legacySource: Pick<Storage, 'getItem'> | null,
  ): Promise<void> {
    let storage: PreferenceStorage | undefined;
    let imported = true;
    try {
      storage = createStorage();
      const stored = await storage.load(this.namespace);
      this.takeRecords(stored.records);
      imported = stored.imported || stored.records.size > 0;
    } catch (error) {
      storage = undefined;
      imported = false;
      warn('IndexedDB is not usable; settings are kept in memory only', error);
    }
    if (!imported) await this.importLegacy(legacySource, storage);
    if (storage) await this.writeChangedWhileLoading(storage);
    this.loaded = true;
    this.changedWhileLoading.clear();
    this.storage = storage;
    this.isPersistent = storage !== undefined;
    this.notifyStatus();
  }

  private takeRecords(records: Map<string, unknown>): void {
    for (const [name, value] of records) {
      if (!isPreferenceKey(name)) warn(`ignoring the stored record ${this.namespace}/${name}: unknown preference`);
      else if (!isValidPreference(name, value)) warn(`ignoring the stored ${this.namespace}/${name} = ${JSON.stringify(value)}: not a valid value`);
      else if (!this.changedWhileLoading.has(name)) this.assign(name, value);
    }
  }

  private assign<K extends PreferenceKey>(key: K, value: Preferences[K] | undefined): void {
    if (value !== undefined) this.values[key] = value;
  }

  private async importLegacy(source: Pick<Storage, 'getItem'> | null, storage: PreferenceStorage | undefined): Promise<void> {
    const legacy = readLegacyPreferences(source);
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(legacy) as PreferenceKey[]) {
      if (this.changedWhileLoading.has(key)) continue;
      this.assign(key, legacy[key]);
      kept[key] = legacy[key];
    }
    if (!storage) return;
    try {
      await storage.saveImport(this.namespace, kept);
    } catch (error) {
      warn('could not save the imported settings', error);
    }
  }

  private async writeChangedWhileLoading(storage: PreferenceStorage): Promise<void> {
    for (const key of this.changedWhileLoading) {
      try {
        await storage.write(this.namespace, key, this.values[key]);
      } catch (error) {
        warn(`could not save ${key}`, error);
      }
    }
  }

  private fallBackToMemory(message: string, error: unknown): void {
    warn(message, error);
    this.storage = undefined;
    this.isPersistent = false;
    this.notifyStatus();
  }

  private notifyStatus(): void {
    for (const listener of [...this.statusListeners]) {
      try {
        listener();
      } catch (error) {
        warn('a status listener failed', error);
      }
    }
  }
}
