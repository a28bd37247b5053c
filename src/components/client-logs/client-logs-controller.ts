import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientLog } from '../../logs/client-log.js';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { filterEntries, type LogFilter } from '../../logs/search-entries.js';

export interface ClientLogsControllerOptions {
  /** Called when reading the log failed; the entries on show stay as they were. */
  onLoadFailed: (error: unknown) => void;
}

/**
 * Keeps a host's view of a ClientLog current: every entry (newest first), the ones the
 * filter lets through, and whether the log is kept beyond the page. Changes in this tab
 * or another reload it; reloads that arrive while one runs are folded into one more.
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
  #again = false;
  #connected = false;

  constructor(host: ReactiveControllerHost, log: ClientLog, options: ClientLogsControllerOptions) {
    this.#host = host;
    this.#log = log;
    this.#options = options;
    host.addController(this);
  }

  get log(): ClientLog {
    return this.#log;
  }

  set log(log: ClientLog) {
    if (log === this.#log) return;
    this.#log = log;
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
    this.shown = filterEntries(this.entries, filter);
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
  }

  /** Reads the log again; resolves once the view holds what was stored when it was called. */
  reload(): Promise<void> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#load().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        return this.reload();
      }
      return undefined;
    });
    return this.#running;
  }

  async clear(): Promise<void> {
    await this.#log.clear();
    await this.reload();
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#log.subscribe(() => void this.reload());
  }

  async #load(): Promise<void> {
    const log = this.#log;
    try {
      const [entries, persistent] = await Promise.all([log.list(), log.persistent()]);
      if (log !== this.#log) return;
      this.entries = entries;
      this.shown = filterEntries(entries, this.#filter);
      this.persistent = persistent;
    } catch (error) {
      this.#options.onLoadFailed(error);
    } finally {
      this.loaded = true;
      this.#host.requestUpdate();
    }
  }
}
