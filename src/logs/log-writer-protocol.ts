import type { PendingClientLogEntry } from './client-log-entry.js';

/** What a page asks the log writer worker to do; `id` pairs the request with its reply. */
export type LogWriterRequest =
  | { id: number; op: 'append'; databaseName: string; entries: readonly PendingClientLogEntry[]; maxEntries: number }
  | { id: number; op: 'close'; databaseName: string };

/** The worker's answer once the request is done (an append: committed). */
export type LogWriterReply = { id: number; ok: true } | { id: number; ok: false; error: string };
