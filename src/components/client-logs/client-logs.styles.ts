import { css } from 'lit';

/**
 * Colours come from `--bai-*` properties, else the page's Material tokens, else the
 * Material 3 baseline for the user's colour scheme.
 */
export const clientLogsStyles = css`
  :host {
    --_primary: var(--bai-primary, var(--md-sys-color-primary, #6750a4));
    --_surface: var(--bai-surface, var(--md-sys-color-surface, #fef7ff));
    --_surface-container: var(--bai-surface-container, var(--md-sys-color-surface-container, #f3edf7));
    --_surface-container-high: var(--bai-surface-container-high, var(--md-sys-color-surface-container-high, #ece6f0));
    --_on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #1d1b20));
    --_on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #49454f));
    --_outline: var(--bai-outline, var(--md-sys-color-outline, #79747e));
    --_outline-variant: var(--bai-outline-variant, var(--md-sys-color-outline-variant, #cac4d0));
    --_error: var(--bai-error, var(--md-sys-color-error, #b3261e));
    --_mark: var(--bai-highlight, var(--md-sys-color-tertiary-container, #ffd8e4));
    --_on-mark: var(--bai-on-highlight, var(--md-sys-color-on-tertiary-container, #31111d));

    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_on-surface);
    background: var(--_surface);
    font-family: var(--bai-font-family, var(--md-ref-typeface-plain, Roboto, system-ui, sans-serif));
    font-size: 0.875rem;
  }

  /* The Material components inside take their colours and font from the resolved values. */
  .toolbar,
  .details header {
    --md-sys-color-primary: var(--_primary);
    --md-sys-color-on-surface: var(--_on-surface);
    --md-sys-color-on-surface-variant: var(--_on-surface-variant);
    --md-sys-color-surface-container-highest: var(--_surface-container-high);
    --md-sys-color-outline: var(--_outline);
    --md-ref-typeface-plain: var(--bai-font-family, Roboto, system-ui, sans-serif);
    --md-ref-typeface-brand: var(--bai-font-family, Roboto, system-ui, sans-serif);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--bai-primary, var(--md-sys-color-primary, #d0bcff));
      --_surface: var(--bai-surface, var(--md-sys-color-surface, #141218));
      --_surface-container: var(--bai-surface-container, var(--md-sys-color-surface-container, #211f26));
      --_surface-container-high: var(--bai-surface-container-high, var(--md-sys-color-surface-container-high, #2b2930));
      --_on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #e6e0e9));
      --_on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #cac4d0));
      --_outline: var(--bai-outline, var(--md-sys-color-outline, #938f99));
      --_outline-variant: var(--bai-outline-variant, var(--md-sys-color-outline-variant, #49454f));
      --_error: var(--bai-error, var(--md-sys-color-error, #f2b8b5));
      --_mark: var(--bai-highlight, var(--md-sys-color-tertiary-container, #633b48));
      --_on-mark: var(--bai-on-highlight, var(--md-sys-color-on-tertiary-container, #ffd8e4));
    }
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 8px 0;
  }

  .toolbar .search {
    flex: 1 1 16rem;
    max-width: 28rem;
  }

  .toolbar > label {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }

  .toolbar .actions {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 4px 16px;
    color: var(--_on-surface-variant);
    padding-block-end: 8px;
  }

  .status-message {
    padding: 8px 12px;
    margin-block-end: 8px;
    border-radius: 8px;
    background: var(--_surface-container-high);
  }

  /* Kept in the layout while empty: a live region that appears with its text is often not read out. */
  .status-message:empty {
    padding: 0;
    margin: 0;
  }

  .body {
    position: relative;
  }

  .table {
    overflow-x: auto;
    border: 1px solid var(--_outline-variant);
    border-radius: 8px;
  }

  .row {
    display: grid;
    grid-template-columns: 14rem 11rem 12rem 18rem 14rem 5.5rem 18rem 22rem;
    min-width: max-content;
    width: 100%;
    box-sizing: border-box;
    align-items: center;
    border-block-end: 1px solid var(--_outline-variant);
  }

  .head {
    background: var(--_surface-container);
    font-weight: 500;
  }

  .rows {
    display: block;
    height: var(--bai-client-logs-height, min(60vh, 560px));
    overflow: auto;
    min-width: max-content;
  }

  /* Each row lays out and paints on its own: a search that replaces the rows redoes only them. */
  .rows .row {
    cursor: pointer;
    height: 40px;
    contain: layout paint style;
  }

  .rows .row:hover {
    background: var(--_surface-container);
  }

  .rows .row:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }

  .rows .row.error {
    box-shadow: inset 4px 0 0 var(--_error);
  }

  .cell {
    padding: 8px 12px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-width: 0;
  }

  .cell.status {
    display: flex;
    align-items: center;
    gap: 6px;
  }

  .error-mark {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--_error);
    font-weight: 500;
    margin: 0;
  }

  .error-icon {
    flex: none;
  }

  mark {
    background: var(--_mark);
    color: var(--_on-mark);
    border-radius: 2px;
  }

  .empty {
    display: block;
    padding: 32px 16px;
    color: var(--_on-surface-variant);
  }

  .details {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    border: 1px solid var(--_outline-variant);
    border-radius: 8px;
    overflow: hidden;
  }

  .details header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    padding: 8px 8px 8px 16px;
    border-block-end: 1px solid var(--_outline-variant);
  }

  .details h3 {
    margin: 0;
    font-size: 1rem;
    font-weight: 500;
  }

  .details-content {
    overflow: auto;
    padding: 8px 16px 16px;
  }

  .details-list {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 6px 16px;
    margin: 0;
  }

  .details-list dt {
    color: var(--_on-surface-variant);
  }

  .details-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .details-list dd.block {
    grid-column: 1 / -1;
  }

  .details-list pre {
    margin: 0;
    padding: 8px;
    background: var(--_surface-container);
    border-radius: 4px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-family: var(--bai-monospace-font-family, ui-monospace, 'SFMono-Regular', Menlo, monospace);
    font-size: 0.8125rem;
  }

  .none {
    color: var(--_on-surface-variant);
    font-style: italic;
  }
`;
