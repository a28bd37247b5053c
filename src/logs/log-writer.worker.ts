import { IndexedDbLogStore, openLogDatabase } from './indexed-db-log-store.js';
import type { LogWriterReply, LogWriterRequest } from './log-writer-protocol.js';

/**
 * The log writer worker: stores the batches a page's ClientLogs send it, so that the
 * IndexedDB transactions (about half of what recording an entry costs) run off the page's
 * main thread. Reads stay on the page: they need the entries there anyway.
 */

// The DOM library types `self` as a Window; this script only needs a worker's two members.
interface WorkerScope {
  onmessage: ((event: MessageEvent<LogWriterRequest>) => void) | null;
  postMessage(message: LogWriterReply): void;
}

const scope = globalThis as unknown as WorkerScope;
const stores = new Map<string, Promise<IndexedDbLogStore>>();

async function storeFor(databaseName: string): Promise<IndexedDbLogStore> {
  const cached = stores.get(databaseName);
  if (cached) {
    const store = await cached.catch(() => undefined);
    // Closed by a version change in another tab, or failed to open: open it anew.
    if (store?.isOpen()) return store;
  }
  const opening = openLogDatabase(databaseName).then((database) => new IndexedDbLogStore(database));
  stores.set(databaseName, opening);
  return opening;
}

async function handle(request: LogWriterRequest): Promise<void> {
  if (request.op === 'append') {
    const store = await storeFor(request.databaseName);
    await store.append(request.entries, request.maxEntries);
    return;
  }
  const store = stores.get(request.databaseName);
  stores.delete(request.databaseName);
  (await store?.catch(() => undefined))?.close();
}

scope.onmessage = ({ data: request }) => {
  handle(request).then(
    () => scope.postMessage({ id: request.id, ok: true }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: String(error) }),
  );
};
