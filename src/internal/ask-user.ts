import { html, render } from 'lit';
import { msg } from '@lit/localize';
import type { MdDialog } from '@material/web/dialog/dialog.js';
import { BaiNotificationEvent } from '../events/notification-event.js';

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
let componentsReady = false;
let componentsLoading: Promise<void> | undefined;

// The dialog is needed only once a question is asked, so it stays out of the entry bundle.
function loadComponents(): Promise<void> {
  componentsLoading ??= Promise.all([
    import('@material/web/dialog/dialog.js'),
    import('@material/web/button/text-button.js'),
    import('@material/web/button/filled-button.js'),
  ]).then(
    () => {
      componentsReady = true;
    },
    (error: unknown) => {
      componentsLoading = undefined;
      throw error;
    },
  );
  return componentsLoading;
}

/**
 * Starts loading the question dialog, for elements that may soon ask: a question then opens
 * within the keystroke or click that caused it, as a modal dialog must for the browser to
 * give it the next Escape.
 */
export function prepareAskUser(): void {
  loadComponents().catch(() => undefined);
}

/**
 * Asks the user to confirm or choose, in a modal alert dialog inside `host`'s shadow
 * root (so it inherits the element's theme and language). Resolves with the value of the
 * chosen action, or `'cancel'` for Cancel, Escape or a click outside. Texts render as text.
 * If the dialog cannot be loaded, nothing is done: the user is told and it resolves `'cancel'`.
 */
export function askUser(host: HTMLElement, options: AskUserOptions): Promise<string> {
  if (componentsReady) return ask(host, options);
  return loadComponents().then(
    () => ask(host, options),
    () => {
      const message = msg('The question could not be shown. Check your connection and try again.', { id: 'dialog.CouldNotAsk' });
      host.dispatchEvent(new BaiNotificationEvent({ message, level: 'error' }));
      return 'cancel';
    },
  );
}

function ask(host: HTMLElement, options: AskUserOptions): Promise<string> {
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
