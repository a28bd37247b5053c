import type { ClientLogEntry } from './client-log-entry.js';

export interface LogFilter {
  /** Text searched for in every field, case-insensitively; blank matches everything. */
  query?: string;
  errorsOnly?: boolean;
  /** More text an entry is known by, such as its time as the viewer shows it. */
  extraText?: (entry: ClientLogEntry) => string;
}

/** How a field's value reads as text, in the viewer, the search and the export alike. */
export function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

// Entries never change once stored, so each one's lower-cased text is built once.
const searchTexts = new WeakMap<ClientLogEntry, string>();

/** Every field of the entry as one lower-case text, built once per entry. */
export function searchText(entry: ClientLogEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    text = Object.entries(entry)
      .filter(([name]) => name !== 'id' && name !== 'isError')
      .map(([, value]) => fieldText(value))
      .join('\n')
      .toLowerCase();
    searchTexts.set(entry, text);
  }
  return text;
}

export function matchesFilter(entry: ClientLogEntry, { query = '', errorsOnly = false, extraText }: LogFilter): boolean {
  if (errorsOnly && !entry.isError) return false;
  const needle = query.trim().toLowerCase();
  if (needle === '' || searchText(entry).includes(needle)) return true;
  return extraText !== undefined && extraText(entry).toLowerCase().includes(needle);
}

export function filterEntries(entries: readonly ClientLogEntry[], filter: LogFilter): ClientLogEntry[] {
  const needle = filter.query?.trim() ?? '';
  if (needle === '' && !filter.errorsOnly) return [...entries];
  return entries.filter((entry) => matchesFilter(entry, filter));
}
