import { css } from 'lit';

/**
 * Colours come from `--bai-*` properties, else the page's Material tokens, else the
 * Material 3 baseline for the user's colour scheme. `.page` hands the resolved values
 * on to the Material components inside as their own tokens.
 */
export const userSettingsStyles = css`
  :host {
    --_primary: var(--bai-primary, var(--md-sys-color-primary, #6750a4));
    --_on-primary: var(--bai-on-primary, var(--md-sys-color-on-primary, #ffffff));
    --_primary-container: var(--bai-primary-container, var(--md-sys-color-primary-container, #eaddff));
    --_on-primary-container: var(--bai-on-primary-container, var(--md-sys-color-on-primary-container, #21005d));
    --_secondary-container: var(--bai-secondary-container, var(--md-sys-color-secondary-container, #e8def8));
    --_on-secondary-container: var(--bai-on-secondary-container, var(--md-sys-color-on-secondary-container, #1d192b));
    --_surface: var(--bai-surface, var(--md-sys-color-surface, #fef7ff));
    --_surface-container: var(--bai-surface-container, var(--md-sys-color-surface-container, #f3edf7));
    --_surface-container-highest: var(--bai-surface-container-highest, var(--md-sys-color-surface-container-highest, #e6e0e9));
    --_on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #1d1b20));
    --_on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #49454f));
    --_outline: var(--bai-outline, var(--md-sys-color-outline, #79747e));
    --_outline-variant: var(--bai-outline-variant, var(--md-sys-color-outline-variant, #cac4d0));
    --_error: var(--bai-error, var(--md-sys-color-error, #b3261e));
    --_inverse-surface: var(--bai-inverse-surface, var(--md-sys-color-inverse-surface, #322f35));
    --_inverse-on-surface: var(--bai-inverse-on-surface, var(--md-sys-color-inverse-on-surface, #f5eff7));
    --_inverse-primary: var(--bai-inverse-primary, var(--md-sys-color-inverse-primary, #d0bcff));

    --_font: var(--bai-font-family, var(--md-ref-typeface-plain, Roboto, system-ui, sans-serif));

    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_on-surface);
    font-family: var(--_font);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--bai-primary, var(--md-sys-color-primary, #d0bcff));
      --_on-primary: var(--bai-on-primary, var(--md-sys-color-on-primary, #381e72));
      --_primary-container: var(--bai-primary-container, var(--md-sys-color-primary-container, #4f378b));
      --_on-primary-container: var(--bai-on-primary-container, var(--md-sys-color-on-primary-container, #eaddff));
      --_secondary-container: var(--bai-secondary-container, var(--md-sys-color-secondary-container, #4a4458));
      --_on-secondary-container: var(--bai-on-secondary-container, var(--md-sys-color-on-secondary-container, #e8def8));
      --_surface: var(--bai-surface, var(--md-sys-color-surface, #141218));
      --_surface-container: var(--bai-surface-container, var(--md-sys-color-surface-container, #211f26));
      --_surface-container-highest: var(--bai-surface-container-highest, var(--md-sys-color-surface-container-highest, #36343b));
      --_on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #e6e0e9));
      --_on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #cac4d0));
      --_outline: var(--bai-outline, var(--md-sys-color-outline, #938f99));
      --_outline-variant: var(--bai-outline-variant, var(--md-sys-color-outline-variant, #49454f));
      --_error: var(--bai-error, var(--md-sys-color-error, #f2b8b5));
      --_inverse-surface: var(--bai-inverse-surface, var(--md-sys-color-inverse-surface, #e6e0e9));
      --_inverse-on-surface: var(--bai-inverse-on-surface, var(--md-sys-color-inverse-on-surface, #322f35));
      --_inverse-primary: var(--bai-inverse-primary, var(--md-sys-color-inverse-primary, #6750a4));
    }
  }

  :host([hidden]) {
    display: none;
  }

  .page {
    --md-sys-color-primary: var(--_primary);
    --md-sys-color-on-primary: var(--_on-primary);
    --md-sys-color-primary-container: var(--_primary-container);
    --md-sys-color-on-primary-container: var(--_on-primary-container);
    --md-sys-color-secondary-container: var(--_secondary-container);
    --md-sys-color-on-secondary-container: var(--_on-secondary-container);
    --md-sys-color-surface: var(--_surface);
    --md-sys-color-surface-container: var(--_surface-container);
    --md-sys-color-surface-container-highest: var(--_surface-container-highest);
    --md-sys-color-on-surface: var(--_on-surface);
    --md-sys-color-on-surface-variant: var(--_on-surface-variant);
    --md-sys-color-outline: var(--_outline);
    --md-sys-color-outline-variant: var(--_outline-variant);
    --md-sys-color-error: var(--_error);
    --md-sys-color-inverse-surface: var(--_inverse-surface);
    --md-sys-color-inverse-on-surface: var(--_inverse-on-surface);
    --md-sys-color-inverse-primary: var(--_inverse-primary);
    /* Without Roboto installed, Material's own default would fall back to a serif face. */
    --md-ref-typeface-plain: var(--_font);
    --md-ref-typeface-brand: var(--_font);

    background: var(--_surface);
    color: var(--_on-surface);
  }

  md-tabs {
    --md-primary-tab-container-color: var(--_surface);
  }

  .panel {
    padding: 16px;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px 16px;
    margin-bottom: 8px;
  }

  .search {
    flex: 1 1 16rem;
    min-width: 0;
  }

  .only-changed {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    color: var(--_on-surface);
  }

  .notice {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-radius: 8px;
    background: var(--_secondary-container);
    color: var(--_on-secondary-container);
  }

  .empty[hidden] {
    display: none;
  }

  .empty {
    padding: 24px 0;
    color: var(--_on-surface-variant);
  }

  .rows {
    display: flex;
    flex-direction: column;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 16px 0;
    border-bottom: 1px solid var(--_outline-variant);
  }

  .row-text {
    flex: 1 1 18rem;
    min-width: 0;
  }

  .row-label-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }

  .row-label {
    font-size: 1rem;
    font-weight: 500;
  }

  .row-description {
    margin: 4px 0 0;
    font-size: 0.875rem;
    line-height: 1.4;
    color: var(--_on-surface-variant);
    overflow-wrap: anywhere;
  }

  .row-control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
    margin-inline-start: auto;
  }

  .changed-badge {
    padding: 0 8px;
    border: 1px solid var(--_primary);
    border-radius: 8px;
    font-size: 0.75rem;
    line-height: 1.5;
    color: var(--_on-primary-container);
    background: var(--_primary-container);
  }

  .row-extra {
    flex: 1 0 100%;
  }

  .beta-empty {
    margin: 0;
    color: var(--_on-surface-variant);
  }

  .language {
    min-width: min(16rem, 100%);
  }

  .snackbar {
    position: fixed;
    inset-inline: 0;
    bottom: 16px;
    z-index: 10;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
    padding: 0 8px;
    pointer-events: none;
  }

  .snackbar-item {
    display: flex;
    align-items: center;
    gap: 8px;
    max-width: min(36rem, 100%);
    box-sizing: border-box;
    padding: 4px 4px 4px 16px;
    border-radius: 4px;
    background: var(--_inverse-surface);
    color: var(--_inverse-on-surface);
    box-shadow: 0 3px 6px rgb(0 0 0 / 0.3);
    pointer-events: auto;
    --md-text-button-label-text-color: var(--_inverse-primary);
    --md-text-button-hover-label-text-color: var(--_inverse-primary);
    --md-text-button-focus-label-text-color: var(--_inverse-primary);
    --md-text-button-pressed-label-text-color: var(--_inverse-primary);
  }

  .snackbar-item[data-level='error'] {
    border-inline-start: 4px solid var(--_error);
  }

  .snackbar-text {
    flex: 1;
    overflow-wrap: anywhere;
  }

  @media (max-width: 480px) {
    .panel {
      padding: 12px 8px;
    }
  }
`;
