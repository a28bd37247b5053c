import type { ClientLogEntryInput, PendingClientLogEntry } from './client-log-entry.js';
import { limitSize } from './limit-size.js';
import { redact } from './redact.js';

function optionalText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = limitSize(redact(typeof value === 'string' ? value : String(value)));
  return typeof text === 'string' ? text : undefined;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isoTimestamp(value: unknown, fallback: Date): string {
  if (typeof value === 'string' || typeof value === 'number') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return fallback.toISOString();
}

/**
 * The entry as it will be stored: every field redacted and of its declared type, large
 * payloads cut to size, the timestamp in ISO 8601. Tolerates callers that break the
 * types (plain JavaScript hosts): wrong values are dropped, never thrown on.
 */
export function prepareEntry(input: ClientLogEntryInput, now = new Date()): PendingClientLogEntry {
  const entry: PendingClientLogEntry = {
    timestamp: isoTimestamp(input.timestamp, now),
    isError: input.isError === true,
    type: optionalText(input.type) ?? '',
    requestMethod: optionalText(input.requestMethod)?.toUpperCase() ?? '',
    requestUrl: optionalText(input.requestUrl) ?? '',
  };
  const optional: Partial<PendingClientLogEntry> = {
    requestParameters: limitSize(redact(input.requestParameters)),
    statusCode: optionalNumber(input.statusCode),
    statusText: optionalText(input.statusText),
    title: optionalText(input.title),
    message: optionalText(input.message),
    durationMs: optionalNumber(input.durationMs),
    description: optionalText(input.description),
    errorCode: optionalText(input.errorCode),
    traceback: optionalText(input.traceback),
    response: limitSize(redact(input.response)),
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== undefined) (entry as unknown as Record<string, unknown>)[name] = value;
  }
  return entry;
}
