import { msg } from '@lit/localize';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';

export type LogColumnKey = 'timestamp' | 'status' | 'title' | 'message' | 'type' | 'method' | 'url' | 'parameters';

export interface LogColumn {
  key: LogColumnKey;
  /** The header text; a function because msg() must run at render time. */
  label: () => string;
}

export function statusText(entry: ClientLogEntry): string {
  return [entry.statusCode, entry.statusText].filter((part) => part !== undefined && part !== '').join(' ');
}

/** The columns of DESIGN.md section 3, in order; renderLogRow writes its cells in this order. */
export const LOG_COLUMNS: readonly LogColumn[] = [
  { key: 'timestamp', label: () => msg('Timestamp', { id: 'logs.TimeStamp' }) },
  { key: 'status', label: () => msg('Status', { id: 'logs.Status' }) },
  { key: 'title', label: () => msg('Error Title', { id: 'logs.ErrorTitle' }) },
  { key: 'message', label: () => msg('Error Message', { id: 'logs.ErrorMessage' }) },
  { key: 'type', label: () => msg('Error Type', { id: 'logs.ErrorType' }) },
  { key: 'method', label: () => msg('Method', { id: 'logs.Method' }) },
  { key: 'url', label: () => msg('Request URL', { id: 'logs.RequestUrl' }) },
  { key: 'parameters', label: () => msg('Parameters', { id: 'logs.Parameters' }) },
];
