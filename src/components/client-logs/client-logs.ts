import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import '@material/web/switch/switch.js';
import '@material/web/button/text-button.js';
import type { MdSwitch } from '@material/web/switch/switch.js';
import { BaiNotificationEvent, type NotificationLevel } from '../../events/notification-event.js';
import { askUser, prepareAskUser } from '../../internal/ask-user.js';
import { getLocale } from '../../localization.js';
import type { ClientLog } from '../../logs/client-log.js';
import type { ClientLogEntry } from '../../logs/client-log-entry.js';
import { clientLog } from '../../logs/default-client-log.js';
import { fieldStyles } from '../../internal/field-styles.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { clientLogsStyles } from './client-logs.styles.js';
import { ClientLogsController } from './client-logs-controller.js';
import { downloadEntries } from './export-logs.js';
import { entryTime } from './format-timestamp.js';
import { LOG_COLUMNS } from './log-columns.js';
import { renderLogRow } from './log-row.js';
import { showFullText } from './show-full-text.js';
import { rowAfterKey } from './row-navigation.js';
import { exportedMessage, keptNoteMessage, shownCountMessage } from './log-count-messages.js';

type VirtualizerModule = typeof import('./row-virtualizer.js');
type DetailsModule = typeof import('./log-entry-details.js');
type RowLayout = ReturnType<VirtualizerModule['flow']>;

interface ShownMessage {
  text: string;
  level: NotificationLevel;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The client-side request log: every request this browser sent to the manager, newest
 * first, with search, an errors-only switch, export and the full detail of one entry.
 * Entries recorded in other tabs appear as they are stored. Only a screenful of rows is
 * in the DOM however long the log is.
 *
 * @summary The Logs tab: a searchable, live view of the client request log.
 *
 * @fires bai-notification - Every message the element shows (cleared, exported, failures).
 *
 * @csspart table - The log table (header and rows).
 * @csspart details - The panel with one entry's detail.
 *
 * @cssprop --bai-client-logs-height - Height of the scrolling row area; default `min(60vh, 560px)`.
 * @cssprop --bai-primary - Accent colour; falls back to `--md-sys-color-primary`.
 * @cssprop --bai-surface - Background; falls back to `--md-sys-color-surface`.
 * @cssprop --bai-surface-container - Header and hovered rows; falls back to `--md-sys-color-surface-container`.
 * @cssprop --bai-on-surface - Text colour; falls back to `--md-sys-color-on-surface`.
 * @cssprop --bai-on-surface-variant - Secondary text; falls back to `--md-sys-color-on-surface-variant`.
 * @cssprop --bai-outline-variant - Borders; falls back to `--md-sys-color-outline-variant`.
 * @cssprop --bai-error - Error marks; falls back to `--md-sys-color-error`.
 * @cssprop --bai-highlight - Background of search matches; falls back to `--md-sys-color-tertiary-container`.
 * @cssprop --bai-font-family - Font of the element.
 */
@localized()
export class BaiClientLogs extends LitElement {
  static override styles = [fieldStyles, clientLogsStyles];

  protected readonly locale = new LocaleController(this);

  /** The log to show; the page's `clientLog` unless set. */
  @property({ attribute: false })
  get log(): ClientLog {
    return this.#logs.log;
  }
  set log(log: ClientLog) {
    this.#logs.log = log;
  }

  @state() private query = '';
  @state() private errorsOnly = false;
  @state() private selected: ClientLogEntry | undefined;
  @state() private message: ShownMessage | undefined;
  /** The row that takes Tab focus (roving tabindex). */
  @state() private activeId: number | undefined;
  /** Loaded on the first update, while the log is read, so the entry bundle does without it. */
  @state() private virtualizer: VirtualizerModule | undefined;
  #virtualizerLoading: Promise<void> | undefined;
  /** The detail view, loaded when a row is first opened: most visits to the log open none. */
  #details: DetailsModule | undefined;
  #rowLayout: RowLayout | undefined;

  readonly #logs = new ClientLogsController(this, clientLog, {
    onLoadFailed: (error) =>
      this.#notify(msg(str`The logs could not be read: ${errorText(error)}`, { id: 'logs.ReadFailed' }), 'error'),
    extraText: (entry) => entryTime(entry, getLocale()),
    extraTextKey: getLocale,
  });

  /** Reads the log again (the Refresh button does the same). */
  refresh(): Promise<void> {
    return this.#logs.reload();
  }

  protected override render(): TemplateResult {
    const shown = this.#logs.shown;
    return html`
      <div class="toolbar">
        <div class="field search">
          <input id="log-search" type="search" autocomplete="off" .value=${this.query} @input=${this.#onSearch} />
          <label for="log-search">${msg('Search logs', { id: 'logs.SearchLogs' })}</label>
        </div>
        <label>
          <md-switch
            aria-label=${msg('Display only errors', { id: 'logs.ShowOnlyError' })}
            .selected=${this.errorsOnly}
            @change=${this.#onErrorsOnly}
          ></md-switch>
          <span aria-hidden="true">${msg('Display only errors', { id: 'logs.ShowOnlyError' })}</span>
        </label>
        <div class="actions">
          <md-text-button @click=${() => this.refresh()}>${msg('Refresh', { id: 'logs.Refresh' })}</md-text-button>
          <md-text-button @click=${this.#export}>${msg('Export', { id: 'logs.Export' })}</md-text-button>
          <md-text-button @click=${this.#clear}>${msg('Clear logs', { id: 'logs.ClearLogs' })}</md-text-button>
        </div>
      </div>
      <div class="summary">
        <span>${shownCountMessage(shown.length, this.#logs.entries.length)}</span>
        <span>${keptNoteMessage(this.log.maxEntries, this.#logs.persistent)}</span>
      </div>
      <div class="status-message" role="status">${this.message?.text ?? nothing}</div>
      <div class="body">
        <div class="table" part="table" role="table" tabindex="0" aria-label=${msg('Log messages', { id: 'logs.LogMessages' })}
          aria-rowcount=${shown.length + 1} ?inert=${this.selected !== undefined}>
          <div role="rowgroup">
            <div class="row head" role="row" aria-rowindex="1">
              ${LOG_COLUMNS.map((column) => html`<span class="cell" role="columnheader">${column.label()}</span>`)}
            </div>
          </div>
          ${shown.length === 0 ? this.#renderEmpty() : this.#renderRows(shown)}
        </div>
        ${this.selected && this.#details ? this.#renderDetails(this.selected, this.#details) : nothing}
      </div>
    `;
  }

  protected override firstUpdated(): void {
    prepareAskUser();
  }

  protected override willUpdate(): void {
    this.#loadVirtualizer();
  }

  #loadVirtualizer(): void {
    this.#virtualizerLoading ??= import('./row-virtualizer.js').then(
      (module) => {
        this.#rowLayout = module.flow();
        this.virtualizer = module;
      },
      (error: unknown) => {
        // Forgotten, so the next update (a new entry, Refresh) tries again.
        this.#virtualizerLoading = undefined;
        this.#notify(msg(str`The log list could not be shown: ${errorText(error)}`, { id: 'logs.ListLoadFailed' }), 'error');
      },
    );
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('selected') && this.selected) void this.#focusDetails();
  }

  async #focusDetails(): Promise<void> {
    const close = this.renderRoot.querySelector<LitElement>('.details md-text-button');
    // The button renders its inner <button>, which takes the focus, after this element.
    await close?.updateComplete;
    close?.focus();
  }

  #renderEmpty(): TemplateResult {
    if (!this.#logs.loaded) return html``;
    const text =
      this.#logs.entries.length === 0
        ? msg('No logs to display', { id: 'logs.NoLogToDisplay' })
        : msg('No logs match the search', { id: 'logs.NoLogMatches' });
    return html`<div role="rowgroup"><div role="row"><span class="empty" role="cell">${text}</span></div></div>`;
  }

  #renderRows(shown: readonly ClientLogEntry[]): TemplateResult {
    const { virtualize } = this.virtualizer ?? {};
    if (!virtualize) {
      return html`<div role="rowgroup"><div role="row"><span class="empty" role="cell">${msg('Loading…', { id: 'logs.Loading' })}</span></div></div>`;
    }
    const activeId = shown.some((entry) => entry.id === this.activeId) ? this.activeId : shown[0]?.id;
    const locale = getLocale();
    return html`<div class="rows" role="rowgroup" @keydown=${this.#onRowKeydown} @click=${this.#onRowClick} @pointerover=${showFullText}>
      ${virtualize<ClientLogEntry>({
        items: shown as ClientLogEntry[],
        // The virtualizer may ask for the key of a slot whose item is gone while the list shrinks.
        keyFunction: (entry) => (entry as ClientLogEntry | undefined)?.id,
        scroller: true,
        layout: this.#rowLayout,
        renderItem: (entry, index) =>
          renderLogRow(entry, index, { query: this.query, locale, active: entry.id === activeId }),
      })}
    </div>`;
  }

  #renderDetails(entry: ClientLogEntry, { renderEntryDetails }: DetailsModule): TemplateResult {
    return html`<section class="details" part="details" role="dialog" aria-labelledby="details-heading" @keydown=${this.#onDetailsKeydown}>
      <header>
        <h3 id="details-heading">${msg('Log entry details', { id: 'logs.EntryDetails' })}</h3>
        <md-text-button @click=${this.#closeDetails}>${msg('Close', { id: 'logs.Close' })}</md-text-button>
      </header>
      <div class="details-content" tabindex="0">${renderEntryDetails(entry, this.query, getLocale())}</div>
    </section>`;
  }

  #onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#applyFilter();
  }

  #onErrorsOnly(event: Event): void {
    this.errorsOnly = (event.target as MdSwitch).selected;
    this.#applyFilter();
  }

  #applyFilter(): void {
    // The time is searched as the Timestamp column shows it, in the current locale.
    this.#logs.filter = { query: this.query, errorsOnly: this.errorsOnly, extraText: (entry) => entryTime(entry, getLocale()) };
  }

  async #open(entry: ClientLogEntry): Promise<void> {
    this.activeId = entry.id;
    try {
      this.#details ??= await import('./log-entry-details.js');
    } catch (error) {
      this.#notify(msg(str`The log entry could not be shown: ${errorText(error)}`, { id: 'logs.DetailsLoadFailed' }), 'error');
      return;
    }
    this.selected = entry;
  }

  async #closeDetails(): Promise<void> {
    const id = this.selected?.id;
    this.selected = undefined;
    if (id !== undefined) await this.#focusRow(id);
  }

  #onDetailsKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void this.#closeDetails();
  }

  /** The entry on show whose row `event` happened in, and its index among those shown. */
  #rowOf(event: Event): { shown: readonly ClientLogEntry[]; index: number } | undefined {
    const row = (event.target as Element).closest<HTMLElement>('[role="row"][data-id]');
    if (!row) return undefined;
    const shown = this.#logs.shown;
    const index = shown.findIndex((entry) => entry.id === Number(row.dataset.id));
    return index === -1 ? undefined : { shown, index };
  }

  #onRowClick(event: MouseEvent): void {
    const found = this.#rowOf(event);
    if (found) void this.#open(found.shown[found.index]);
  }

  #onRowKeydown(event: KeyboardEvent): void {
    const found = this.#rowOf(event);
    if (!found) return;
    const { shown, index } = found;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.#open(shown[index]);
      return;
    }
    const target = rowAfterKey(event.key, index, shown.length);
    if (target === undefined) return;
    event.preventDefault();
    void this.#focusRow(shown[target].id);
  }

  /** Scrolls the row of `id` into the rendered range and focuses it. */
  async #focusRow(id: number): Promise<void> {
    this.activeId = id;
    await this.updateComplete;
    const index = this.#logs.shown.findIndex((entry) => entry.id === id);
    const rows = this.renderRoot.querySelector('.rows') as (HTMLElement & VirtualizerHostElement) | null;
    const virtualizerRef = this.virtualizer?.virtualizerRef;
    if (index === -1 || !rows || !virtualizerRef) return;
    rows[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'nearest' });
    for (let frame = 0; frame < 10; frame++) {
      const row = rows.querySelector<HTMLElement>(`[data-id="${id}"]`);
      if (row) {
        row.focus();
        return;
      }
      await nextFrame();
    }
  }

  async #clear(): Promise<void> {
    const choice = await askUser(this, {
      headline: msg('Clear logs?', { id: 'logs.ClearLogsHeadline' }),
      message: msg('Every log entry stored in this browser will be deleted, in all its tabs. This cannot be undone.', {
        id: 'logs.ClearLogsMessage',
      }),
      actions: [{ value: 'clear', label: msg('Clear logs', { id: 'logs.ClearLogs' }) }],
    });
    if (choice !== 'clear') return;
    try {
      await this.#logs.clear();
      this.selected = undefined;
      this.#notify(msg('The logs were cleared.', { id: 'logs.LogMessageRemoved' }), 'success');
    } catch (error) {
      this.#notify(msg(str`The logs could not be cleared: ${errorText(error)}`, { id: 'logs.ClearFailed' }), 'error');
    }
  }

  #export(): void {
    const shown = this.#logs.shown;
    if (shown.length === 0) {
      this.#notify(msg('There are no logs to export.', { id: 'logs.NothingToExport' }), 'warning');
      return;
    }
    try {
      downloadEntries(shown);
      this.#notify(exportedMessage(shown.length), 'success');
    } catch (error) {
      this.#notify(msg(str`The logs could not be exported: ${errorText(error)}`, { id: 'logs.ExportFailed' }), 'error');
    }
  }

  #notify(text: string, level: NotificationLevel): void {
    this.message = { text, level };
    this.dispatchEvent(new BaiNotificationEvent({ message: text, level }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bai-client-logs': BaiClientLogs;
  }
}
