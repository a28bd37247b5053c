import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { fieldText } from '../../logs/search-entries.js';
import { errorIcon } from './error-icon.js';
import { formatTimestamp } from './format-timestamp.js';
import { highlight } from './highlight.js';
import { statusText } from './log-columns.js';

/** JSON (an object, or a string that holds JSON) laid out on several lines; anything else as it is. */
export function prettyPayload(value: unknown): string {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object') return JSON.stringify(parsed, null, 2);
    } catch {
      // Not JSON: shown as recorded.
    }
    return value;
  }
  return value === undefined || value === null ? '' : JSON.stringify(value, null, 2);
}

interface DetailField {
  label: string;
  text: string;
  /** Long or multi-line values keep their line breaks. */
  block?: boolean;
}

function fields(entry: ClientLogEntry, locale: string): DetailField[] {
  return [
    { label: msg('Timestamp', { id: 'logs.TimeStamp' }), text: formatTimestamp(entry.timestamp, locale) },
    { label: msg('Status', { id: 'logs.Status' }), text: statusText(entry) },
    { label: msg('Method', { id: 'logs.Method' }), text: entry.requestMethod },
    { label: msg('Request URL', { id: 'logs.RequestUrl' }), text: entry.requestUrl },
    { label: msg('Duration (ms)', { id: 'logs.DurationMs' }), text: fieldText(entry.durationMs) },
    { label: msg('Error Title', { id: 'logs.ErrorTitle' }), text: entry.title ?? '' },
    { label: msg('Error Message', { id: 'logs.ErrorMessage' }), text: entry.message ?? '' },
    { label: msg('Error Type', { id: 'logs.ErrorType' }), text: entry.type },
    { label: msg('Error Code', { id: 'logs.ErrorCode' }), text: entry.errorCode ?? '' },
    { label: msg('Description', { id: 'logs.Description' }), text: entry.description ?? '', block: true },
    { label: msg('Traceback', { id: 'logs.Traceback' }), text: entry.traceback ?? '', block: true },
    { label: msg('Request Parameters', { id: 'logs.RequestParameters' }), text: prettyPayload(entry.requestParameters), block: true },
    { label: msg('Response', { id: 'logs.Response' }), text: prettyPayload(entry.response), block: true },
  ];
}

/** Every field of one entry, labelled; empty ones say so rather than vanish. */
export function renderEntryDetails(entry: ClientLogEntry, query: string, locale: string): TemplateResult {
  const none = msg('None', { id: 'logs.NoValue' });
  return html`
    ${entry.isError
      ? html`<p class="error-mark">${errorIcon}<span>${msg('Error', { id: 'logs.Error' })}</span></p>`
      : nothing}
    <dl class="details-list">
      ${fields(entry, locale).map(
        (field) => html`
          <dt>${field.label}</dt>
          <dd class=${field.block ? 'block' : ''}>
            ${field.text === ''
              ? html`<span class="none">${none}</span>`
              : field.block
                ? html`<pre>${highlight(field.text, query)}</pre>`
                : highlight(field.text, query)}
          </dd>
        `,
      )}
    </dl>
  `;
}
