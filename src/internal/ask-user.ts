import { html, render } from 'lit';
import { msg } from '@lit/localize';
import '@material/web/dialog/dialog.js';
import '@material/web/button/text-button.js';
import '@material/web/button/filled-button.js';
import type { MdDialog } from '@material/web/dialog/dialog.js';

export interface AskUserAction {
  /** What askUser resolves with when the user picks this action. */
  value: string;
  label: string;
}

export interface AskUserOptions {
  headline: string;
  message: string;
  /** Listed after Cancel; the last one is the emphasized (filled) button. */
  actions: AskUserAction[];
  cancelLabel?: string;
}

let dialogCount = 0;

/**
 * Asks the user to confirm or choose, in a modal alert dialog inside `host`'s shadow
 * root (so it inherits the element's theme and language). Resolves with the value of the
 * chosen action, or `'cancel'` for Cancel, Escape or a click outside. Texts render as text.
 */
export function askUser(host: HTMLElement, options: AskUserOptions): Promise<string> {
  const root = host.shadowRoot ?? host;
  const formId = `bai-ask-user-${++dialogCount}`;
  const container = document.createElement('div');
  const last = options.actions.length - 1;
  render(
    html`<md-dialog type="alert">
      <div slot="headline">${options.headline}</div>
      <form slot="content" id=${formId} method="dialog">${options.message}</form>
      <div slot="actions">
        <md-text-button form=${formId} value="cancel">${options.cancelLabel ?? msg('Cancel', { id: 'common.Cancel' })}</md-text-button>
        ${options.actions.map((action, index) =>
          index === last
            ? html`<md-filled-button form=${formId} value=${action.value}>${action.label}</md-filled-button>`
            : html`<md-text-button form=${formId} value=${action.value}>${action.label}</md-text-button>`,
        )}
      </div>
    </md-dialog>`,
    container,
  );
  const dialog = container.querySelector('md-dialog') as MdDialog;
  root.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('closed', (event) => {
      // Nested Material components fire their own bubbling `closed` events.
      if (event.target !== dialog) return;
      const choice = dialog.returnValue;
      dialog.remove();
      resolve(choice && options.actions.some((action) => action.value === choice) ? choice : 'cancel');
    });
    void dialog.show();
  });
}
