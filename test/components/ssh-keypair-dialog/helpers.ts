import { sendKeys } from '@web/test-runner-commands';
import { findByRole, getByRole } from '../../support/queries.js';
import type { BaiSshKeypairDialog } from '../../../src/components/ssh-keypair-dialog/ssh-keypair-dialog.js';
import type { BaiNotificationDetail } from '../../../src/events/notification-event.js';
import '../../../src/define.js';
// define.js registers the dialogs once their module has loaded.
await customElements.whenDefined('bai-ssh-keypair-dialog');
import { FakeKeyHost } from './fake-key-host.js';

export interface Fixture {
  host: HTMLElement;
  opener: HTMLButtonElement;
  dialog: BaiSshKeypairDialog;
  keys: FakeKeyHost;
  notifications: BaiNotificationDetail[];
  remove(): void;
}

/** A page with an opener button and the dialog inside a host that answers like the manager. */
export function setUp(publicKey: string | null): Fixture {
  const host = document.createElement('div');
  const opener = document.createElement('button');
  opener.textContent = 'SSH Keypair Management';
  const dialog = document.createElement('bai-ssh-keypair-dialog');
  const notifications: BaiNotificationDetail[] = [];
  dialog.addEventListener('bai-notification', (event) => notifications.push(event.detail));
  opener.addEventListener('click', () => dialog.show());
  host.append(opener, dialog);
  document.body.append(host);
  const keys = new FakeKeyHost(host, publicKey);
  return {
    host,
    opener,
    dialog,
    keys,
    notifications,
    remove() {
      keys.disconnect();
      host.remove();
    },
  };
}

/** Opens the dialog the way a user does, with the opener button, and waits for it. */
export async function openDialog(fixture: Fixture): Promise<HTMLElement> {
  fixture.opener.focus();
  fixture.opener.click();
  return findByRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
}

export function button(fixture: Fixture, name: string): HTMLElement {
  return getByRole(fixture.dialog.shadowRoot!.querySelector('dialog')!, 'button', { name });
}

/** Waits for a text area; long enough for the first lazy load of the SSH code (and sshpk) on a busy machine. */
export function textbox(fixture: Fixture, name: string): Promise<HTMLTextAreaElement> {
  return findByRole(fixture.dialog, 'textbox', { name }, 30000) as Promise<HTMLTextAreaElement>;
}

/** Mocha's time for one test that may be the first to load sshpk. */
export const SSH_TEST_TIMEOUT = 60000;

/** Pastes text into a text area: focus, then the browser's own insertText, which fires input. */
export async function paste(area: HTMLTextAreaElement, text: string): Promise<void> {
  area.focus();
  area.select();
  document.execCommand('insertText', false, text);
  await sendKeys({ press: 'End' });
}

/** Waits until `predicate` holds, polling each animation frame. */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 30000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Every text node and form value in the element's shadow DOM, to look for key text left behind. */
export function shadowTexts(element: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) out.push(node.value);
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(element);
  return out;
}

/** Captures files the dialog offers for download instead of letting the browser save them. */
export function captureDownloads(): { files: Map<string, Promise<string>>; restore(): void } {
  const files = new Map<string, Promise<string>>();
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob && this.download) files.set(this.download, blob.text());
    else click.call(this);
  };
  return {
    files,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Replaces navigator.clipboard for one test: `copied` holds what was written. */
export function fakeClipboard(mode: 'works' | 'missing'): { copied: string[]; restore(): void } {
  const copied: string[] = [];
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: mode === 'works' ? { writeText: async (text: string) => void copied.push(text) } : undefined,
  });
  return {
    copied,
    restore() {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}
