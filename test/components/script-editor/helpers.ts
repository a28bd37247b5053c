import { sendKeys } from '@web/test-runner-commands';
import { findByRole, getByRole, waitForNoRole } from '../../support/queries.js';
import type { BaiScriptEditor } from '../../../src/components/script-editor/script-editor.js';
import type { BaiNotificationDetail } from '../../../src/events/notification-event.js';
import '../../../src/define.js';
// define.js registers the dialogs once their module has loaded.
await customElements.whenDefined('bai-script-editor');
import { FakeManager } from './fake-manager.js';
import { chooseOption } from '../choose-option.js';
import type { Dotfile } from '../../../src/protocol/request-map.js';

let counter = 0;

/** A namespace no other test (or test file running at the same time) uses, for drafts. */
export function uniqueNamespace(): string {
  return `script-editor-test-${Date.now()}-${Math.random().toString(36).slice(2)}-${++counter}`;
}

export interface Fixture {
  host: HTMLElement;
  editor: BaiScriptEditor;
  manager: FakeManager;
  notifications: BaiNotificationDetail[];
  remove(): void;
}

/** A page with an editor inside a host that answers like the manager. */
export function setUp(
  attributes: { mode?: string; namespace?: string; path?: string } = {},
  files: Dotfile[] = [],
  manager?: FakeManager,
): Fixture {
  const host = document.createElement('div');
  document.body.append(host);
  const fake = manager ?? new FakeManager(host, files);
  return attach(host, fake, attributes);
}

/** A fresh element (as after a reload) under an existing host and manager. */
export function attach(host: HTMLElement, manager: FakeManager, attributes: { mode?: string; namespace?: string; path?: string }): Fixture {
  const editor = document.createElement('bai-script-editor');
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) editor.setAttribute(name, value);
  const notifications: BaiNotificationDetail[] = [];
  editor.addEventListener('bai-notification', (event) => notifications.push(event.detail));
  host.append(editor);
  return {
    host,
    editor,
    manager,
    notifications,
    remove() {
      editor.remove();
    },
  };
}

export async function openEditor(editor: BaiScriptEditor): Promise<HTMLElement> {
  editor.show();
  return script(editor);
}

export function script(editor: BaiScriptEditor): Promise<HTMLElement> {
  return findByRole(editor, 'textbox', { name: 'Script' }, 10000);
}

export function scriptText(box: HTMLElement): string {
  return [...box.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '').join('\n');
}

/** Types at the end of the script, as a user would after clicking into it. */
export async function typeAtEnd(editor: BaiScriptEditor, text: string): Promise<void> {
  const box = await script(editor);
  box.focus();
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'End' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

export function button(editor: BaiScriptEditor, name: string): HTMLElement {
  return getByRole(editor.shadowRoot!.querySelector('dialog')!, 'button', { name });
}

export async function question(editor: BaiScriptEditor, name?: string | RegExp): Promise<HTMLElement> {
  return findByRole(editor, 'alertdialog', name === undefined ? {} : { name });
}

export async function answer(editor: BaiScriptEditor, headline: string | RegExp, choice: string): Promise<void> {
  const dialog = await question(editor, headline);
  // The dialog's buttons are slotted into the Material dialog that renders the alertdialog.
  const materialDialog = (dialog.getRootNode() as ShadowRoot).host;
  getByRole(materialDialog, 'button', { name: choice }).click();
  await waitForNoRole(editor, 'alertdialog', { name: headline });
}

export async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function pickFile(editor: BaiScriptEditor, name: string): Promise<void> {
  const combobox = await findByRole(editor, 'combobox', { name: 'Config file name' });
  await until(() => !(combobox as HTMLSelectElement).disabled, 'the file choice to be enabled');
  chooseOption(combobox, name);
}

/** The file the Config file name combobox shows. */
export function shownFile(editor: BaiScriptEditor): string {
  return (getByRole(editor, 'combobox', { name: 'Config file name' }) as HTMLSelectElement).value;
}
