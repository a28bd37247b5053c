import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientLog } from '../../logs/client-log.js';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import type { LogFilter } from '../../logs/search-entries.js';
import { SearchIndex } from './search-index.js';
import { warmUp } from './warm-up.js';

export interface ClientLogsControllerOptions {
  /** Called when reading the log failed; the entries on show stay as they were. */
  onLoadFailed: (error: unknown) => void;
  /** Text of an entry that searching looks at besides its fields, prepared ahead like them. */
  extraText?: (entry: ClientLogEntry) => string;
  /** Changes when extraText would give other texts (the locale changed). */
  extraTextKey?: () => string;
}

/** How many of the newest entries are read first, so the first screenful shows before the rest is read. */
const FIRST_PAGE = 50;

type LoadMode = 'full' | 'newer';

/**
 * Keeps a host's view of a ClientLog current: every entry (newest first), the ones the
 * filter lets through, and whether the log is kept beyond the page. New entries, here or
 * in another tab, are read alone and put on top; a clear or Refresh reads everything.
 * Loads that arrive while one runs are folded into one more.
 */
export class ClientLogsController implements ReactiveController {
  entries: readonly ClientLogEntry[] = [];
  shown: readonly ClientLogEntry[] = [];
  loaded = false;
  persistent = true;
  readonly #host: ReactiveControllerHost;
  readonly #options: ClientLogsControllerOptions;
  #log: ClientLog;
  #filter: LogFilter = {};
  #unsubscribe: (() => void) | undefined;
  #running: Promise<void> | undefined;
  #again: LoadMode | undefined;
  #connected = false;
  #stopWarmUp: (() => void) | undefined;
  readonly #search: SearchIndex;

  constructor(host: ReactiveControllerHost, log: ClientLog, options: ClientLogsControllerOptions) {
    this.#host = host;
    this.#log = log;
    this.#options = options;
    this.#search = new SearchIndex({ extraText: options.extraText, extraTextKey: options.extraTextKey });
    host.addController(this);
  }

  get log(): ClientLog {
    return this.#log;
  }

  set log(log: ClientLog) {
    if (log === this.#log) return;
    this.#log = log;
    this.loaded = false;
    this.#setEntries([]);
    if (this.#connected) {
      this.#subscribe();
      void this.reload();
    }
  }

  get filter(): LogFilter {
    return this.#filter;
  }

  set filter(filter: LogFilter) {
    this.#filter = filter;
    this.shown = this.#search.filter(filter);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
    void this.reload();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stopWarmUp?.();
  }

  /** Reads the whole log again; resolves once the view holds what was stored when it was called. */
  reload(): Promise<void> {
    return this.#run('full');
  }

  async clear(): Promise<void> {
    await this.#log.clear();
    await this.reload();
  }

  #run(mode: LoadMode): Promise<void> {
    if (this.#running) {
      this.#again = this.#again === 'full' || mode === 'full' ? 'full' : 'newer';
      return this.#running;
    }
    this.#running = this.#load(mode).finally(() => {
      this.#running = undefined;
      const again = this.#again;
      this.#again = undefined;
      return again ? this.#run(again) : undefined;
    });
    return this.#running;
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#log.subscribe((change) => void this.#run(change.kind === 'added' ? 'newer' : 'full'));
  }

  async #load(mode: LoadMode): Promise<void> {
    const log = this.#log;
    try {
      if (mode === 'newer' && this.loaded) {
        const added = await log.list({ after: this.entries[0]?.id ?? 0 });
        if (log === this.#log && added.length > 0) this.#setEntries([...added, ...this.entries].slice(0, log.maxEntries));
        return;
      }
      if (!this.loaded) {
        const first = await log.list({ limit: FIRST_PAGE });
        if (log !== this.#log) return;
        this.loaded = true;
        this.#setEntries(first);
        if (first.length < FIRST_PAGE) {
          this.persistent = await log.persistent();
          return;
        }
      }
      const [entries, persistent] = await Promise.all([log.list(), log.persistent()]);
      if (log !== this.#log) return;
      this.persistent = persistent;
      this.#setEntries(entries);
    } catch (error) {
      this.#options.onLoadFailed(error);
    } finally {
      this.loaded = true;
      this.#host.requestUpdate();
    }
  }

  #setEntries(entries: readonly ClientLogEntry[]): void {
    this.entries = entries;
    this.#search.entries = entries;
    this.shown = this.#search.filter(this.#filter);
    this.#host.requestUpdate();
    this.#stopWarmUp?.();
    const search = this.#search;
    this.#stopWarmUp = warmUp(entries, (_entry, index) => search.prepare(index));
  }
}
