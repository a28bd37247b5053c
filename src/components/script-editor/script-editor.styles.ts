import { css } from 'lit';

export const scriptEditorStyles = css`
  :host {
    --bai-script-editor-surface: var(--md-sys-color-surface-container-high, #ece6f0);
    --bai-script-editor-on-surface: var(--md-sys-color-on-surface, #1d1b20);
    --bai-script-editor-muted: var(--md-sys-color-on-surface-variant, #49454f);
    --bai-script-editor-error: var(--md-sys-color-error, #b3261e);
    --bai-script-editor-warning: var(--bai-color-warning, #8a5a00);
    --bai-script-editor-success: var(--bai-color-success, #1e6b34);
    --bai-script-editor-text: var(--md-sys-color-on-surface, #1d1b20);
    --bai-script-editor-background: var(--md-sys-color-surface, #fef7ff);
    --bai-script-editor-gutter-background: var(--md-sys-color-surface-container, #f3edf7);
    --bai-script-editor-gutter-text: var(--md-sys-color-on-surface-variant, #49454f);
    --bai-script-editor-active-line: color-mix(in srgb, var(--md-sys-color-primary, #6750a4) 8%, transparent);
    --bai-script-editor-selection: color-mix(in srgb, var(--md-sys-color-primary, #6750a4) 25%, transparent);
    --bai-script-editor-focus: var(--md-sys-color-primary, #6750a4);
    --bai-script-editor-comment: #5f6b5f;
    --bai-script-editor-keyword: #7a1fa2;
    --bai-script-editor-string: #1b6b1b;
    --bai-script-editor-variable: #0b57a4;
    --bai-script-editor-number: #a14a00;
    --bai-script-editor-builtin: #8a1c4a;
    --bai-script-editor-operator: var(--md-sys-color-on-surface-variant, #49454f);
    display: contents;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --bai-script-editor-surface: var(--md-sys-color-surface-container-high, #2b2930);
      --bai-script-editor-on-surface: var(--md-sys-color-on-surface, #e6e0e9);
      --bai-script-editor-muted: var(--md-sys-color-on-surface-variant, #cac4d0);
      --bai-script-editor-error: var(--md-sys-color-error, #f2b8b5);
      --bai-script-editor-warning: var(--bai-color-warning, #f0c36d);
      --bai-script-editor-success: var(--bai-color-success, #8fd6a0);
      --bai-script-editor-text: var(--md-sys-color-on-surface, #e6e0e9);
      --bai-script-editor-background: var(--md-sys-color-surface, #141218);
      --bai-script-editor-gutter-background: var(--md-sys-color-surface-container, #211f26);
      --bai-script-editor-gutter-text: var(--md-sys-color-on-surface-variant, #cac4d0);
      --bai-script-editor-focus: var(--md-sys-color-primary, #d0bcff);
      --bai-script-editor-comment: #9aa59a;
      --bai-script-editor-keyword: #d7a6ff;
      --bai-script-editor-string: #9bd89b;
      --bai-script-editor-variable: #8cc4ff;
      --bai-script-editor-number: #ffb77a;
      --bai-script-editor-builtin: #ff9fc4;
    }
  }

  dialog {
    --_dialog-width: 56rem;
    --_dialog-radius: var(--bai-script-editor-radius, 28px);
    --_dialog-surface: var(--bai-script-editor-surface);
    --_dialog-on-surface: var(--bai-script-editor-on-surface);
  }

  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .note {
    margin: 0;
    color: var(--bai-script-editor-muted);
    font-size: 0.875rem;
  }

  .picker,
  .new-file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .picker,
  .new-file {
    --bai-field-container: var(--bai-script-editor-surface);
  }

  .file-name {
    min-width: 16rem;
  }

  .new-path {
    display: flex;
    flex: 1 1 16rem;
    flex-direction: column;
  }

  .editor-frame {
    position: relative;
    height: var(--bai-script-editor-height, 22rem);
    min-height: 8rem;
    border: 1px solid var(--md-sys-color-outline-variant, #cac4d0);
    border-radius: 4px;
    overflow: hidden;
  }

  [part='editor'] {
    height: 100%;
  }

  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }

  .status {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    min-height: 1.25rem;
    font-size: 0.875rem;
  }

  /* A failure's detail comes on a line of its own. */
  .message {
    white-space: pre-line;
  }

  .message.error {
    color: var(--bai-script-editor-error);
  }

  .message.warning {
    color: var(--bai-script-editor-warning);
  }

  .message.success {
    color: var(--bai-script-editor-success);
  }

  .bytes {
    margin-inline-start: auto;
    color: var(--bai-script-editor-muted);
    font-variant-numeric: tabular-nums;
  }

  .bytes.over {
    color: var(--bai-script-editor-error);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }

  .actions .delete {
    margin-inline-end: auto;
    --md-text-button-label-text-color: var(--bai-script-editor-error);
  }
`;
