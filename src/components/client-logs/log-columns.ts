import { msg } from '@lit/localize';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { fieldText } from '../../logs/search-entries.js';
import { entryTime } from './format-timestamp.js';

export type LogColumnKey = 'timestamp' | 'status' | 'title' | 'message' | 'type' | 'method' | 'url' | 'parameters';

export interface LogColumn {
  key: LogColumnKey;
  /** The header text; a function because msg() must run at render time. */
  label: () => string;
  /** What the cell shows. */
  text: (entry: ClientLogEntry, locale: string) => string;
}

export function statusText(entry: ClientLogEntry): string {
  return [entry.statusCode, entry.statusText].filter((part) => part !== undefined && part !== '').join(' ');
}

/** The columns of DESIGN.md section 3, in order. */
export const LOG_COLUMNS: readonly LogColumn[] = [
  {
    key: 'timestamp',
    label: () => msg('Timestamp', { id: 'logs.TimeStamp' }),
    text: (entry, locale) => entryTime(entry, locale),
  },
  { key: 'status', label: () => msg('Status', { id: 'logs.Status' }), text: statusText },
  { key: 'title', label: () => msg('Error Title', { id: 'logs.ErrorTitle' }), text: (entry) => entry.title ?? '' },
  { key: 'message', label: () => msg('Error Message', { id: 'logs.ErrorMessage' }), text: (entry) => entry.message ?? '' },
  { key: 'type', label: () => msg('Error Type', { id: 'logs.ErrorType' }), text: (entry) => entry.type },
  { key: 'method', label: () => msg('Method', { id: 'logs.Method' }), text: (entry) => entry.requestMethod },
  { key: 'url', label: () => msg('Request URL', { id: 'logs.RequestUrl' }), text: (entry) => entry.requestUrl },
  {
    key: 'parameters',
    label: () => msg('Parameters', { id: 'logs.Parameters' }),
    text: (entry) => fieldText(entry.requestParameters),
  },
];
