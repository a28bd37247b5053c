/** What the search box and the "Show only changed" switch match against. */
export interface FilterableRow {
  id: string;
  /** Texts in the current language: label, description and any option names. */
  searchText: readonly string[];
  /** True when the row holds a preference that differs from its default. */
  changed: boolean;
}

export interface SettingsFilter {
  query: string;
  onlyChanged: boolean;
}

/**
 * Splits a query into terms. Case and accents are folded so "francais" finds
 * "Français"; compatibility forms are unified so full-width letters match too.
 */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/u).filter((term) => term.length > 0);
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase();
}

/** A row matches when every term occurs somewhere in its texts, in any order. */
export function matchesQuery(row: Pick<FilterableRow, 'searchText'>, query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const haystack = fold(row.searchText.join('\n'));
  return terms.every((term) => haystack.includes(term));
}

export function filterRows<T extends FilterableRow>(rows: readonly T[], filter: SettingsFilter): T[] {
  return rows.filter((row) => (!filter.onlyChanged || row.changed) && matchesQuery(row, filter.query));
}
