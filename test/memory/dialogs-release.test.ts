// Opening and closing a dialog many times must not leave anything behind: after 50 cycles
// the live listeners on window and document, BroadcastChannels and CodeMirror views are
// as many as after the first (which may set up what the page keeps for good).
import { editorViewsCreated, liveCounts, type LiveCounts } from './live-instances.js';
import { expect } from '@open-wc/testing';
import '../../src/define.js';
// define.js registers the dialogs once their module has loaded.
await Promise.all(['bai-script-editor', 'bai-ssh-keypair-dialog'].map((name) => customElements.whenDefined(name)));
import { askUser } from '../../src/internal/ask-user.js';
import type { BaiRequestEvent } from '../../src/protocol/request-event.js';
import type { SshKeypair } from '../../src/protocol/request-map.js';
import { findByRole, getByRole, visibleText, waitForNoRole } from '../support/queries.js';

const CYCLES = 50;
const SLOW = 300000;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Lets closing finish its asynchronous part (animations, teardown after an await). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function waitUntil(predicate: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await nextFrame();
  }
}

async function countsAround(cycle: () => Promise<void>): Promise<{ first: LiveCounts; last: LiveCounts }> {
  await cycle();
  await settle();
  const first = liveCounts();
  for (let i = 1; i < CYCLES; i += 1) await cycle();
  await settle();
  return { first, last: liveCounts() };
}

/** Answers requests on `target` like a host page; returns the function that stops it. */
function answer(target: EventTarget, handlers: Record<string, (detail: unknown) => unknown>): () => void {
  const listeners = Object.entries(handlers).map(([type, handler]) => {
    const listener = (event: Event) => (event as BaiRequestEvent).respondWith(Promise.resolve(handler((event as BaiRequestEvent).detail)) as never);
    target.addEventListener(type, listener);
    return () => target.removeEventListener(type, listener);
  });
  return () => listeners.forEach((stop) => stop());
}

function uniqueNamespace(): string {
  return `memory-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

describe('live-instance counters', () => {
  it('count window and document listeners until removed, aborted or fired once', () => {
    const before = liveCounts().listeners;
    const listener = () => undefined;
    window.addEventListener('resize', listener);
    document.addEventListener('keydown', listener, { capture: true });
    const controller = new AbortController();
    document.addEventListener('keyup', listener, { signal: controller.signal });
    window.addEventListener('bai-memory-test', listener, { once: true });
    expect(liveCounts().listeners).to.equal(before + 4);
    window.removeEventListener('resize', listener);
    document.removeEventListener('keydown', listener, true);
    controller.abort();
    window.dispatchEvent(new Event('bai-memory-test'));
    expect(liveCounts().listeners).to.equal(before);
  });

  it('count BroadcastChannels until closed', () => {
    const before = liveCounts().channels;
    const channel = new BroadcastChannel(uniqueNamespace());
    expect(liveCounts().channels).to.equal(before + 1);
    channel.close();
    expect(liveCounts().channels).to.equal(before);
  });
});

describe('dialogs opened and closed 50 times', () => {
  let host: HTMLElement;
  let stopAnswering: () => void = () => undefined;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });

  afterEach(() => {
    stopAnswering();
    host.remove();
  });

  it('<bai-ssh-keypair-dialog>: generate, close and confirm, 50 times', async function () {
    this.timeout(SLOW);
    const opener = document.createElement('button');
    opener.textContent = 'SSH Keypair Management';
    const dialog = document.createElement('bai-ssh-keypair-dialog');
    opener.addEventListener('click', () => dialog.show());
    host.append(opener, dialog);
    stopAnswering = answer(host, {
      'bai-ssh-keypair-fetch': () => ({ publicKey: null }),
      'bai-ssh-keypair-register': (detail) => detail as SshKeypair,
    });
    const button = (name: string) => getByRole(dialog.shadowRoot!.querySelector('dialog')!, 'button', { name });

    const { first, last } = await countsAround(async () => {
      opener.click();
      const shown = await findByRole(dialog, 'dialog', { name: 'SSH Keypair Management' });
      await waitUntil(() => visibleText(shown).includes('No SSH keypair yet'), 'the dialog to load');
      button('Generate').click();
      await findByRole(dialog, 'textbox', { name: 'Private Key' }, 15000);
      button('Close').click();
      (await findByRole(dialog, 'button', { name: 'Close anyway' })).click();
      await waitForNoRole(dialog, 'dialog', { name: 'SSH Keypair Management' });
      await waitForNoRole(dialog, 'alertdialog');
    });
    expect(last).to.deep.equal(first);
  });

  it('<bai-script-editor>: open with a file, cancel, 50 times', async function () {
    this.timeout(SLOW);
    const editor = document.createElement('bai-script-editor');
    editor.setAttribute('mode', 'dotfiles');
    editor.setAttribute('namespace', uniqueNamespace());
    host.append(editor);
    stopAnswering = answer(host, {
      'bai-dotfiles-fetch': () => [{ path: '.bashrc', permission: '644', data: 'export EDITOR=vim\n' }],
    });
    const createdBefore = editorViewsCreated();

    const { first, last } = await countsAround(async () => {
      editor.show();
      await findByRole(editor, 'textbox', { name: 'Script' }, 15000);
      getByRole(editor.shadowRoot!.querySelector('dialog')!, 'button', { name: 'Cancel' }).click();
      await waitForNoRole(editor, 'textbox', { name: 'Script' });
    });
    expect(editorViewsCreated() - createdBefore, 'EditorViews created').to.be.at.least(CYCLES);
    expect(last.editorViews, 'EditorViews left after closing').to.equal(0);
    expect(last).to.deep.equal(first);
  });

  it('askUser: ask and cancel, 50 times', async function () {
    this.timeout(SLOW);
    host.attachShadow({ mode: 'open' });
    const question = { headline: 'Delete .bashrc?', message: 'The file is removed from the server.', actions: [{ value: 'delete', label: 'Delete' }] };

    const { first, last } = await countsAround(async () => {
      const choice = askUser(host, question);
      await findByRole(host, 'alertdialog', { name: 'Delete .bashrc?' });
      (await findByRole(host, 'button', { name: 'Cancel' })).click();
      expect(await choice).to.equal('cancel');
      await waitForNoRole(host, 'alertdialog');
    });
    expect(last).to.deep.equal(first);
  });

  it('<bai-user-settings>: open and close its key dialog and script editor, 50 times', async function () {
    this.timeout(SLOW);
    const settings = document.createElement('bai-user-settings');
    settings.setAttribute('namespace', uniqueNamespace());
    host.append(settings);
    stopAnswering = answer(host, {
      'bai-ssh-keypair-fetch': () => ({ publicKey: null }),
      'bai-dotfiles-fetch': () => [{ path: '.bashrc', permission: '644', data: 'export EDITOR=vim\n' }],
    });

    const { first, last } = await countsAround(async () => {
      (await findByRole(settings, 'button', { name: 'SSH Keypair Management' })).click();
      const keys = await findByRole(settings, 'dialog', { name: 'SSH Keypair Management' });
      await waitUntil(() => visibleText(keys).includes('No SSH keypair yet'), 'the key dialog to load');
      getByRole(keys, 'button', { name: 'Close' }).click();
      await waitForNoRole(settings, 'dialog', { name: 'SSH Keypair Management' });

      getByRole(settings, 'button', { name: 'Edit User Config Script' }).click();
      const scripts = await findByRole(settings, 'dialog', { name: 'Edit User Config Script' });
      await findByRole(scripts, 'textbox', { name: 'Script' }, 15000);
      getByRole(scripts, 'button', { name: 'Cancel' }).click();
      await waitForNoRole(settings, 'dialog', { name: 'Edit User Config Script' });
    });
    expect(last.editorViews, 'EditorViews left after closing').to.equal(0);
    expect(last).to.deep.equal(first);
  });
});
