import type { PendingClientLogEntry } from './client-log-entry.js';
import type { LogWriterReply, LogWriterRequest } from './log-writer-protocol.js';

type RequestBody<Request = LogWriterRequest> = Request extends LogWriterRequest ? Omit<Request, 'id'> : never;

interface Waiting {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The page's side of the log writer worker: one worker for every ClientLog of the page,
 * started by the first write. Calls reject when the worker cannot be used (a bundle
 * served from another origin, a Content-Security-Policy without `worker-src`, a script
 * that failed to load); the caller then writes on the main thread instead.
 */
export class LogWriterClient {
  readonly #url: URL;
  readonly #waiting = new Map<number, Waiting>();
  #worker: Worker | undefined;
  #unavailable: Error | undefined;
  #nextId = 1;

  constructor(url: URL) {
    this.#url = url;
  }

  /** Resolves once the worker has committed the entries (and trimmed the log to `maxEntries`). */
  append(databaseName: string, entries: readonly PendingClientLogEntry[], maxEntries: number): Promise<void> {
    return this.#send({ op: 'append', databaseName, entries, maxEntries });
  }

  /** Lets the worker close its connection to the database (a later append reopens it). */
  close(databaseName: string): void {
    if (this.#worker) this.#send({ op: 'close', databaseName }).catch(() => undefined);
  }

  #send(body: RequestBody): Promise<void> {
    const worker = this.#start();
    if (!worker) return Promise.reject(this.#unavailable);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as LogWriterRequest);
    });
  }

  #start(): Worker | undefined {
    if (this.#worker || this.#unavailable) return this.#worker;
    try {
      const worker = new Worker(this.#url, { type: 'module' });
      worker.onmessage = (event: MessageEvent<LogWriterReply>) => this.#settle(event.data);
      // The worker answers every request, failed ones too: an error event means its script never ran.
      worker.onerror = () => this.#fail(new Error(`The log writer worker did not start (${this.#url.href})`));
      this.#worker = worker;
    } catch (error) {
      this.#fail(error instanceof Error ? error : new Error(String(error)));
    }
    return this.#worker;
  }

  #settle(reply: LogWriterReply): void {
    const waiting = this.#waiting.get(reply.id);
    if (!waiting) return;
    this.#waiting.delete(reply.id);
    if (reply.ok) waiting.resolve();
    else waiting.reject(new Error(reply.error));
  }

  #fail(error: Error): void {
    console.warn('bai-client-logs: entries are written on the main thread, as a worker cannot be used here', error);
    this.#unavailable = error;
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const waiting of this.#waiting.values()) waiting.reject(error);
    this.#waiting.clear();
  }
}
