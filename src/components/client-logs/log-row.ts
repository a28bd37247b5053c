import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { errorIcon } from './error-icon.js';
import { highlight } from './highlight.js';
import { LOG_COLUMNS } from './log-columns.js';

export interface LogRowView {
  query: string;
  locale: string;
  /** Whether this row takes Tab focus (one row at a time does). */
  active: boolean;
  onOpen: (entry: ClientLogEntry) => void;
}

/** One entry as a table row; `index` counts from 0 below the header row. */
export function renderLogRow(entry: ClientLogEntry, index: number, view: LogRowView): TemplateResult {
  return html`
    <div
      class="row ${entry.isError ? 'error' : ''}"
      role="row"
      aria-rowindex=${index + 2}
      data-id=${entry.id}
      tabindex=${view.active ? 0 : -1}
      @click=${() => view.onOpen(entry)}
    >
      ${LOG_COLUMNS.map((column) => {
        const text = column.text(entry, view.locale);
        if (column.key !== 'status' || !entry.isError) {
          return html`<span class="cell" role="cell" title=${text}>${highlight(text, view.query)}</span>`;
        }
        return html`<span class="cell status" role="cell">
          <span class="error-mark">${errorIcon}<span>${msg('Error', { id: 'logs.Error' })}</span></span>
          <span>${highlight(text, view.query)}</span>
        </span>`;
      })}
    </div>
  `;
}
