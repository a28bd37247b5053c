/** What a caller hands to `ClientLog.record()`: one request to the manager and how it ended. */
export interface ClientLogEntryInput {
  isError: boolean;
  /** The Backend.AI error type (for example `https://api.backend.ai/probs/invalid-api-params`), if any. */
  type?: string;
  requestMethod: string;
  requestUrl: string;
  requestParameters?: unknown;
  statusCode?: number;
  statusText?: string;
  title?: string;
  message?: string;
  durationMs?: number;
  description?: string;
  errorCode?: string;
  traceback?: string;
  response?: unknown;
  /** ISO 8601; the time of the `record()` call when omitted. */
  timestamp?: string;
}

/** One stored entry: the redacted input with its id (monotonic, newest highest) and timestamp. */
export interface ClientLogEntry
  extends Omit<ClientLogEntryInput, 'timestamp' | 'type'>,
    Required<Pick<ClientLogEntryInput, 'timestamp' | 'type'>> {
  id: number;
}

/** A redacted entry that has not been given its id yet. */
export type PendingClientLogEntry = Omit<ClientLogEntry, 'id'>;
