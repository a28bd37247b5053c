import { css } from 'lit';

export const sshKeypairDialogStyles = css`
  :host {
    --bai-ssh-keypair-surface: var(--md-sys-color-surface-container-high, #ece6f0);
    --bai-ssh-keypair-on-surface: var(--md-sys-color-on-surface, #1d1b20);
    --bai-ssh-keypair-muted: var(--md-sys-color-on-surface-variant, #49454f);
    --bai-ssh-keypair-field: var(--md-sys-color-surface, #fef7ff);
    --bai-ssh-keypair-outline: var(--md-sys-color-outline, #79747e);
    --bai-ssh-keypair-error: var(--md-sys-color-error, #b3261e);
    --bai-ssh-keypair-warning: var(--bai-color-warning, #8a5a00);
    --bai-ssh-keypair-success: var(--bai-color-success, #1e6b34);
    display: contents;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --bai-ssh-keypair-surface: var(--md-sys-color-surface-container-high, #2b2930);
      --bai-ssh-keypair-on-surface: var(--md-sys-color-on-surface, #e6e0e9);
      --bai-ssh-keypair-muted: var(--md-sys-color-on-surface-variant, #cac4d0);
      --bai-ssh-keypair-field: var(--md-sys-color-surface, #141218);
      --bai-ssh-keypair-outline: var(--md-sys-color-outline, #938f99);
      --bai-ssh-keypair-error: var(--md-sys-color-error, #f2b8b5);
      --bai-ssh-keypair-warning: var(--bai-color-warning, #f0c36d);
      --bai-ssh-keypair-success: var(--bai-color-success, #8fd6a0);
    }
  }

  dialog {
    --_dialog-width: 44rem;
    --_dialog-radius: var(--bai-ssh-keypair-radius, 28px);
    --_dialog-surface: var(--bai-ssh-keypair-surface);
    --_dialog-on-surface: var(--bai-ssh-keypair-on-surface);
  }

  h2 {
    margin-block-end: 1rem;
  }

  label {
    display: block;
    margin: 0.75rem 0 0.25rem;
    font-weight: 500;
  }

  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 5rem;
    padding: 0.5rem;
    border: 1px solid var(--bai-ssh-keypair-outline);
    border-radius: 4px;
    background: var(--bai-ssh-keypair-field);
    color: inherit;
    font-family: var(--bai-ssh-keypair-font-family, ui-monospace, monospace);
    font-size: 0.8125rem;
    resize: vertical;
    word-break: break-all;
  }

  textarea.private {
    min-height: 10rem;
  }

  textarea[aria-invalid='true'] {
    border-color: var(--bai-ssh-keypair-error);
  }

  .fingerprint,
  .hint {
    margin: 0.25rem 0;
    color: var(--bai-ssh-keypair-muted);
    font-size: 0.875rem;
    word-break: break-all;
  }

  .problem {
    margin: 0.25rem 0;
    color: var(--bai-ssh-keypair-error);
    font-size: 0.875rem;
  }

  .warning {
    margin: 0.75rem 0;
    padding: 0.75rem;
    border-left: 4px solid var(--bai-ssh-keypair-warning);
    color: var(--bai-ssh-keypair-on-surface);
  }

  .message[data-level='error'] {
    color: var(--bai-ssh-keypair-error);
  }

  .message[data-level='success'] {
    color: var(--bai-ssh-keypair-success);
  }

  .message[data-level='warning'] {
    color: var(--bai-ssh-keypair-warning);
  }

  fieldset {
    margin: 1rem 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--bai-ssh-keypair-outline);
    border-radius: 4px;
  }

  .choice {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.25rem 0;
  }

  .choice label {
    margin: 0;
    font-weight: 400;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }

  .busy {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin: 1rem 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
    margin-top: 1.5rem;
  }
`;
