import type { ReactiveControllerHost } from 'lit';
import { filterRows, type FilterableRow, type SettingsFilter } from './settings-filter.js';

/** Holds the search text and the "Show only changed" choice, and re-renders the host when they change. */
export class SettingsFilterController implements SettingsFilter {
  private _query = '';
  private _onlyChanged = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get query(): string {
    return this._query;
  }

  set query(value: string) {
    if (value === this._query) return;
    this._query = value;
    this.host.requestUpdate();
  }

  get onlyChanged(): boolean {
    return this._onlyChanged;
  }

  set onlyChanged(value: boolean) {
    if (value === this._onlyChanged) return;
    this._onlyChanged = value;
    this.host.requestUpdate();
  }

  /** True while the search box or the switch hides some rows. */
  get active(): boolean {
    return this._onlyChanged || this._query.trim().length > 0;
  }

  apply<T extends FilterableRow>(rows: readonly T[]): T[] {
    return filterRows(rows, this);
  }
}
