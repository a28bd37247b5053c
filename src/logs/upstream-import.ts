import type { ClientLogEntryInput } from './client-log-entry.js';
import { UPSTREAM_LOG_KEY, type LegacyStorage } from './upstream-log-key.js';

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** One upstream entry in this log's shape; upstream wrote `error_code`, `msg` and statuses like "No status". */
export function fromUpstreamEntry(raw: unknown): ClientLogEntryInput | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const entry = raw as Record<string, unknown>;
  const statusCode = typeof entry.statusCode === 'number' ? entry.statusCode : Number.parseInt(String(entry.statusCode), 10);
  const hasCode = Number.isFinite(statusCode);
  return {
    isError: entry.isError === true || entry.isError === 'true',
    timestamp: text(entry.timestamp),
    type: text(entry.type),
    requestMethod: text(entry.requestMethod) ?? '',
    requestUrl: text(entry.requestUrl) ?? '',
    requestParameters: entry.requestParameters ?? undefined,
    statusCode: hasCode ? statusCode : undefined,
    statusText: text(entry.statusText) ?? (hasCode ? undefined : text(entry.statusCode)),
    title: text(entry.title),
    message: text(entry.msg) ?? text(entry.message),
    description: text(entry.description),
    errorCode: text(entry.error_code) ?? text(entry.errorCode),
    traceback: text(entry.traceback),
    response: entry.response ?? undefined,
  };
}

/**
 * Takes the upstream log out of `storage`, oldest first. The key is removed at once (it
 * is what once filled localStorage so that users could not log in), which also keeps a
 * second tab from importing the same entries; `restore` puts it back if storing fails.
 */
export function takeUpstreamLog(storage: LegacyStorage): { entries: ClientLogEntryInput[]; restore: () => void } {
  let raw: string | null;
  try {
    raw = storage.getItem(UPSTREAM_LOG_KEY);
  } catch {
    return { entries: [], restore: () => {} };
  }
  if (raw === null) return { entries: [], restore: () => {} };
  storage.removeItem(UPSTREAM_LOG_KEY);
  const restore = () => {
    try {
      storage.setItem(UPSTREAM_LOG_KEY, raw);
    } catch (error) {
      console.warn('bai-client-logs: could not put the upstream log back', error);
    }
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    console.warn(`bai-client-logs: ${UPSTREAM_LOG_KEY} is not JSON; it was removed without import`);
    return { entries: [], restore: () => {} };
  }
  if (!Array.isArray(parsed)) return { entries: [], restore: () => {} };
  const entries = parsed
    .map(fromUpstreamEntry)
    .filter((entry): entry is ClientLogEntryInput => entry !== undefined)
    .reverse();
  return { entries, restore };
}
