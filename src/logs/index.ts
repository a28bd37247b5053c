export { ClientLog, DEFAULT_LOG_DATABASE, DEFAULT_MAX_LOG_ENTRIES } from './client-log.js';
export type { ClientLogOptions, ListOptions } from './client-log.js';
export type { ClientLogEntry, ClientLogEntryInput } from './client-log-entry.js';
export type { LogChange } from './change-channel.js';
export { clientLog } from './default-client-log.js';
export { redact, REDACTED } from './redact.js';
export { filterEntries, matchesFilter, fieldText } from './search-entries.js';
export type { LogFilter } from './search-entries.js';
