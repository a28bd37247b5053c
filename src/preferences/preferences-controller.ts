import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BaiPreferenceChangeEvent } from '../events/preference-change-event.js';
import { PreferencesStore, type PreferenceChange } from './preferences-store.js';
import type { PreferenceKey, Preferences } from './schema.js';

export interface PreferencesControllerOptions {
  /** The namespace to follow; read again before every update of the host. */
  namespace?: () => string;
  /** Dispatch `bai-preference-change` from the host for every change of the namespace. */
  announce?: boolean;
}

/**
 * Gives an element the typed preferences of a namespace and re-renders it whenever one of them
 * changes, here or in another tab, or when the store finishes loading.
 */
export class PreferencesController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly namespaceOf: () => string;
  private readonly announce: boolean;
  private current: PreferencesStore;
  private unsubscribe: (() => void) | undefined;
  private isReady = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PreferencesControllerOptions = {}) {
    this.host = host;
    this.namespaceOf = options.namespace ?? (() => 'default');
    this.announce = options.announce ?? false;
    this.current = PreferencesStore.for(this.namespaceOf());
    host.addController(this);
  }

  /** The store of the namespace the host asks for now. */
  get store(): PreferencesStore {
    return this.current;
  }

  /** True once the store has loaded (or gone on in memory). */
  get ready(): boolean {
    return this.isReady;
  }

  get persistent(): boolean {
    return this.current.persistent;
  }

  get<K extends PreferenceKey>(key: K): Preferences[K] {
    return this.current.get(key);
  }

  set<K extends PreferenceKey>(key: K, value: Preferences[K]): Promise<void> {
    return this.current.set(key, value);
  }

  reset(key?: PreferenceKey): Promise<void> {
    return this.current.reset(key);
  }

  isDefault(key: PreferenceKey): boolean {
    return this.current.isDefault(key);
  }

  hostConnected(): void {
    this.follow(PreferencesStore.for(this.namespaceOf()));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  // Runs before render, so a namespace change is picked up by the very render it causes.
  hostUpdate(): void {
    const namespace = this.namespaceOf();
    if (this.unsubscribe && namespace !== this.current.namespace) this.follow(PreferencesStore.for(namespace));
  }

  private follow(store: PreferencesStore): void {
    this.unsubscribe?.();
    if (store !== this.current) this.isReady = false;
    this.current = store;
    const stopChanges = store.subscribe((change) => this.changed(change));
    const stopStatus = store.subscribeStatus(() => this.host.requestUpdate());
    this.unsubscribe = () => {
      stopChanges();
      stopStatus();
    };
    void store.ready.then(() => {
      if (this.current !== store) return;
      this.isReady = true;
      this.host.requestUpdate();
    });
  }

  private changed(change: PreferenceChange): void {
    if (this.announce) this.host.dispatchEvent(new BaiPreferenceChangeEvent({ ...change }));
    this.host.requestUpdate();
  }
}
