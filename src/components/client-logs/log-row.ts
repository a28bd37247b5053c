import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { fieldText } from '../../logs/search-entries.js';
import { errorIcon } from './error-icon.js';
import { entryTime } from './format-timestamp.js';
import { highlight } from './highlight.js';
import { statusText } from './log-columns.js';

export interface LogRowView {
  query: string;
  locale: string;
  /** Whether this row takes Tab focus (one row at a time does). */
  active: boolean;
}

function renderStatus(entry: ClientLogEntry, query: string): TemplateResult | string {
  const text = highlight(statusText(entry), query);
  if (!entry.isError) return text;
  return html`<span class="error-mark">${errorIcon}<span>${msg('Error', { id: 'logs.Error' })}</span></span> <span>${text}</span>`;
}

/**
 * One entry as a table row, its cells in the order of LOG_COLUMNS; `index` counts from 0
 * below the header row. One template for the whole row: a search re-renders a screenful of
 * rows within the frame after the keystroke, and a template per cell would cost a clone and
 * its markers eight times over. Clicks are handled by the row group, for every row at once.
 */
export function renderLogRow(entry: ClientLogEntry, index: number, { query, locale, active }: LogRowView): TemplateResult {
  return html`<div class="row ${entry.isError ? 'error' : ''}" role="row" aria-rowindex=${index + 2} data-id=${entry.id} tabindex=${active ? 0 : -1}>
    <span class="cell" role="cell">${highlight(entryTime(entry, locale), query)}</span>
    <span class="cell ${entry.isError ? 'status' : ''}" role="cell">${renderStatus(entry, query)}</span>
    <span class="cell" role="cell">${highlight(entry.title ?? '', query)}</span>
    <span class="cell" role="cell">${highlight(entry.message ?? '', query)}</span>
    <span class="cell" role="cell">${highlight(entry.type, query)}</span>
    <span class="cell" role="cell">${highlight(entry.requestMethod, query)}</span>
    <span class="cell" role="cell">${highlight(entry.requestUrl, query)}</span>
    <span class="cell" role="cell">${highlight(fieldText(entry.requestParameters), query)}</span>
  </div>`;
}
