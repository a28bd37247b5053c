import { ClientLog } from './client-log.js';

/**
 * The page's client log (database `bai-client-logs`). Creating it opens nothing: the
 * database and channel open on first use.
 */
export const clientLog = new ClientLog();
