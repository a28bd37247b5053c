import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { searchText, type LogFilter } from '../../logs/search-entries.js';

export interface SearchIndexOptions {
  /** More text an entry is found by (its time as shown), lower-cased into its haystack. */
  extraText?: (entry: ClientLogEntry) => string;
  /** Changes whenever extraText would give other texts (the locale): the haystacks are then rebuilt. */
  extraTextKey?: () => string;
}

/**
 * The entries on show and, for each, one lower-case haystack of all it can be found by,
 * kept in an array beside them. A keystroke then costs one `includes` per entry, with no
 * lookups or string building, however often the user types.
 */
export class SearchIndex {
  #entries: readonly ClientLogEntry[] = [];
  #haystacks: (string | undefined)[] = [];
  #key: string | undefined;
  readonly #options: SearchIndexOptions;

  constructor(options: SearchIndexOptions = {}) {
    this.#options = options;
  }

  get entries(): readonly ClientLogEntry[] {
    return this.#entries;
  }

  set entries(entries: readonly ClientLogEntry[]) {
    this.#entries = entries;
    this.#haystacks = new Array<string | undefined>(entries.length);
  }

  /** Builds the haystack of the entry at `index` ahead of the first search. */
  prepare(index: number): void {
    this.#checkKey();
    this.#haystack(index);
  }

  /** The entries (newest first, as given) that match `query` (every field, case-insensitive) and `errorsOnly`. */
  filter({ query = '', errorsOnly = false }: LogFilter): readonly ClientLogEntry[] {
    const needle = query.trim().toLowerCase();
    if (needle === '' && !errorsOnly) return this.#entries;
    this.#checkKey();
    const entries = this.#entries;
    const matching: ClientLogEntry[] = [];
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (errorsOnly && !entry.isError) continue;
      if (needle === '' || this.#haystack(index).includes(needle)) matching.push(entry);
    }
    return matching;
  }

  #checkKey(): void {
    const key = this.#options.extraTextKey?.();
    if (key === this.#key) return;
    this.#key = key;
    this.#haystacks = new Array<string | undefined>(this.#entries.length);
  }

  #haystack(index: number): string {
    let haystack = this.#haystacks[index];
    if (haystack === undefined) {
      const entry = this.#entries[index];
      const extra = this.#options.extraText?.(entry);
      haystack = extra === undefined ? searchText(entry) : `${searchText(entry)}\n${extra.toLowerCase()}`;
      this.#haystacks[index] = haystack;
    }
    return haystack;
  }
}
