import { expect } from '@open-wc/testing';
import { BaiScriptEditor } from '../../../src/components/script-editor/script-editor.js';
import { BaiSshKeypairDialog } from '../../../src/components/ssh-keypair-dialog/ssh-keypair-dialog.js';
import { defineElement } from '../../../src/internal/define-element.js';
import { BaiNotificationEvent } from '../../../src/events/notification-event.js';
import { getByRole, visibleText } from '../../support/queries.js';
import { findRole, renderSettings, waitFor } from './fixture.js';

defineElement('bai-script-editor', BaiScriptEditor);

describe('<bai-user-settings> buttons that open dialogs', () => {
  it('says so when the SSH keypair dialog is not on the page, and does not throw', async () => {
    const element = await renderSettings();
    const messages: BaiNotificationEvent[] = [];
    element.addEventListener(BaiNotificationEvent.eventName, (event) => messages.push(event));
    getByRole(element, 'button', { name: 'SSH Keypair Management' }).click();
    await waitFor(() => messages.length === 1, 'a message');
    expect(messages[0].detail.level).to.equal('error');
    await element.updateComplete;
    expect(visibleText(getByRole(element, 'status'))).to.contain(messages[0].detail.message);
  });

  it('opens the SSH keypair dialog once its element is defined', async () => {
    defineElement('bai-ssh-keypair-dialog', BaiSshKeypairDialog);
    const element = await renderSettings();
    getByRole(element, 'button', { name: 'SSH Keypair Management' }).click();
    await findRole(element, 'dialog', { name: 'SSH Keypair Management' });
  });

  it('opens the user config script editor in dotfiles mode', async () => {
    const element = await renderSettings();
    getByRole(element, 'button', { name: 'Edit User Config Script' }).click();
    const dialog = await findRole(element, 'dialog', { name: 'Edit User Config Script' });
    const editor = (dialog.getRootNode() as ShadowRoot).host as BaiScriptEditor;
    expect(editor.mode).to.equal('dotfiles');
  });

  it('opens the bootstrap script editor in bootstrap mode', async () => {
    const element = await renderSettings();
    getByRole(element, 'button', { name: 'Edit Bootstrap Script' }).click();
    const dialog = await findRole(element, 'dialog', { name: 'Edit Bootstrap Script' });
    const editor = (dialog.getRootNode() as ShadowRoot).host as BaiScriptEditor;
    expect(editor.mode).to.equal('bootstrap');
  });
});
