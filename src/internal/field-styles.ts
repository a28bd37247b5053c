import { css } from 'lit';

/**
 * Native `<input>` and `<select>` drawn as Material 3 outlined fields. Native controls keep
 * the entry bundle small and bring keyboard use and accessibility with them.
 *
 * Markup: `<div class="field"><input|select id=…><label for=…>…</label></div>` (the label
 * after the control, so its state can colour the label; `select-field` on a select's
 * wrapper draws the arrow), optionally
 * followed by `<p class="field-supporting">` (with `.error` for an error) that the control
 * names in `aria-describedby`. A field inside a coloured container sets
 * `--bai-field-container` so the label's notch matches it.
 */
export const fieldStyles = css`
  .field,
  .field-supporting {
    --_field-primary: var(--bai-primary, var(--md-sys-color-primary, #6750a4));
    --_field-on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #1d1b20));
    --_field-on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #49454f));
    --_field-outline: var(--bai-outline, var(--md-sys-color-outline, #79747e));
    --_field-error: var(--bai-error, var(--md-sys-color-error, #b3261e));
    --_field-container: var(--bai-field-container, var(--bai-surface, var(--md-sys-color-surface, #fef7ff)));
  }

  .field {
    position: relative;
    display: inline-flex;
    box-sizing: border-box;
    min-width: 0;
    padding-top: 0.5rem;
    color: var(--_field-on-surface);
    font-family: var(--bai-font-family, var(--md-ref-typeface-plain, Roboto, system-ui, sans-serif));
  }

  @media (prefers-color-scheme: dark) {
    .field,
    .field-supporting {
      --_field-primary: var(--bai-primary, var(--md-sys-color-primary, #d0bcff));
      --_field-on-surface: var(--bai-on-surface, var(--md-sys-color-on-surface, #e6e0e9));
      --_field-on-surface-variant: var(--bai-on-surface-variant, var(--md-sys-color-on-surface-variant, #cac4d0));
      --_field-outline: var(--bai-outline, var(--md-sys-color-outline, #938f99));
      --_field-error: var(--bai-error, var(--md-sys-color-error, #f2b8b5));
      --_field-container: var(--bai-field-container, var(--bai-surface, var(--md-sys-color-surface, #141218)));
    }
  }

  /* The label sits in a notch of the outline, as Material's outlined field shows a filled one. */
  .field > label {
    position: absolute;
    top: 0;
    inset-inline-start: 12px;
    z-index: 1;
    max-width: calc(100% - 24px);
    overflow: hidden;
    padding: 0 4px;
    background: var(--_field-container);
    color: var(--_field-on-surface-variant);
    font-size: 0.75rem;
    line-height: 1rem;
    white-space: nowrap;
    text-overflow: ellipsis;
    pointer-events: none;
  }

  .field > :is(input, select) {
    box-sizing: border-box;
    width: 100%;
    height: 56px;
    margin: 0;
    padding: 0 16px;
    border: 1px solid var(--_field-outline);
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 1rem;
  }

  .field > select {
    appearance: none;
    padding-inline-end: 40px;
    cursor: pointer;
  }

  .field > select option {
    background: var(--_field-container);
    color: var(--_field-on-surface);
  }

  /* The drop-down arrow: appearance none removes the native one. */
  .field.select-field::after {
    content: '';
    position: absolute;
    top: calc(0.5rem + 28px - 2px);
    inset-inline-end: 16px;
    border-inline: 5px solid transparent;
    border-top: 5px solid var(--_field-on-surface-variant);
    pointer-events: none;
  }

  .field > :is(input, select):hover:not(:disabled) {
    border-color: var(--_field-on-surface);
  }

  .field > :is(input, select):focus-visible,
  .field > input:focus {
    border-color: var(--_field-primary);
    outline: 2px solid var(--_field-primary);
    outline-offset: -2px;
  }

  .field:focus-within > label {
    color: var(--_field-primary);
  }

  .field > :is(input, select)[aria-invalid='true'] {
    border-color: var(--_field-error);
    outline-color: var(--_field-error);
  }

  .field > [aria-invalid='true'] + label {
    color: var(--_field-error);
  }

  .field > :is(input, select):disabled {
    opacity: 0.38;
    cursor: default;
  }

  .field > :disabled + label {
    opacity: 0.38;
  }

  .field-supporting {
    margin: 4px 16px 0;
    color: var(--_field-on-surface-variant);
    font-size: 0.75rem;
    line-height: 1rem;
  }

  .field-supporting.error {
    color: var(--_field-error);
  }
`;
