import { css } from 'lit';

/**
 * The modal box the SSH keypair dialog and the script editor share: size, padding, corners,
 * colours, backdrop and headline. Each maps its own documented custom properties onto
 * `--_dialog-width`, `--_dialog-radius`, `--_dialog-surface` and `--_dialog-on-surface`
 * in its `dialog` rule.
 */
export const dialogSurfaceStyles = css`
  dialog {
    box-sizing: border-box;
    width: min(var(--_dialog-width), calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1.5rem;
    border: none;
    border-radius: var(--_dialog-radius);
    background: var(--_dialog-surface);
    color: var(--_dialog-on-surface);
    font-family: var(--md-ref-typeface-plain, system-ui, sans-serif);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 32%);
  }

  h2 {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 400;
  }
`;
