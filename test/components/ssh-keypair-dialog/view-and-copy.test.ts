import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole, visibleText, waitForNoRole } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import { generateKeypairFiles } from '../../../src/ssh/generate-keypair-files.js';
import { checkPublicKeyFile } from '../../ssh/ssh-tools.js';
import { button, fakeClipboard, openDialog, setUp, textbox, waitFor, type Fixture, SSH_TEST_TIMEOUT } from './helpers.js';

describe('<bai-ssh-keypair-dialog> viewing the current key', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let fixture: Fixture;
  afterEach(() => fixture?.remove());

  it('asks the host on open and shows the public key with the fingerprint ssh-keygen prints', async () => {
    const { publicKey } = await generateKeypairFiles('rsa-2048', 'work@backend.ai');
    fixture = setUp(publicKey);
    const dialog = await openDialog(fixture);
    const box = await textbox(fixture, 'Public Key');
    expect(box.value).to.equal(publicKey);
    expect(box.readOnly).to.equal(true);
    expect(fixture.keys.sent('bai-ssh-keypair-fetch')).to.deep.equal([{}]);

    const tools = await checkPublicKeyFile(publicKey);
    const fingerprint = tools.fingerprint.stdout.split(' ')[1]!;
    expect(fingerprint.startsWith('SHA256:')).to.equal(true);
    await waitFor(() => visibleText(dialog).includes(fingerprint), 'the fingerprint');
    for (const name of ['Copy public key', 'Generate', 'Enter Manually', 'Close']) expect(button(fixture, name)).to.be.instanceOf(HTMLElement);
    await expectNoAxeViolations(fixture.dialog);
  });

  it('says "No SSH keypair yet" when the user has none', async () => {
    fixture = setUp(null);
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    expect(button(fixture, 'Generate')).to.be.instanceOf(HTMLElement);
    expect(() => button(fixture, 'Copy public key')).to.throw();
  });

  it('says the manager is not connected when nobody answers', async () => {
    fixture = setUp(null);
    fixture.keys.disconnect();
    const dialog = await openDialog(fixture);
    await waitFor(() => fixture.notifications.length > 0, 'a notification');
    expect(fixture.notifications[0]).to.deep.equal({ level: 'error', message: 'The manager is not connected. Nothing was lost: try again once it is.' });
    expect(visibleText(dialog)).to.contain('The manager is not connected.');
  });

  it('copies the public key with the Clipboard API and confirms it', async () => {
    const { publicKey } = await generateKeypairFiles('ed25519');
    fixture = setUp(publicKey);
    const clipboard = fakeClipboard('works');
    try {
      await openDialog(fixture);
      await textbox(fixture, 'Public Key');
      button(fixture, 'Copy public key').click();
      await waitFor(() => fixture.notifications.length > 0, 'the copy notification');
      expect(clipboard.copied).to.deep.equal([publicKey]);
      expect(fixture.notifications).to.deep.equal([{ level: 'success', message: 'The public key was copied to the clipboard.' }]);
    } finally {
      clipboard.restore();
    }
  });

  it('falls back to a selected text area and execCommand without the Clipboard API, leaving nothing behind', async () => {
    const { publicKey } = await generateKeypairFiles('ed25519');
    fixture = setUp(publicKey);
    const clipboard = fakeClipboard('missing');
    const execCommand = document.execCommand;
    let copied: string | undefined;
    document.execCommand = (command: string) => {
      const area = fixture.dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[aria-hidden="true"]');
      if (command === 'copy' && area) copied = area.value.substring(area.selectionStart, area.selectionEnd);
      return command === 'copy';
    };
    try {
      await openDialog(fixture);
      await textbox(fixture, 'Public Key');
      button(fixture, 'Copy public key').click();
      await waitFor(() => fixture.notifications.length > 0, 'the copy notification');
      expect(copied).to.equal(publicKey);
      expect(fixture.notifications[0]!.level).to.equal('success');
      expect(fixture.dialog.shadowRoot!.querySelector('textarea[aria-hidden="true"]')).to.equal(null);
    } finally {
      document.execCommand = execCommand;
      clipboard.restore();
    }
  });

  it('asks the user to copy by hand when no way of copying works', async () => {
    const { publicKey } = await generateKeypairFiles('ed25519');
    fixture = setUp(publicKey);
    const clipboard = fakeClipboard('missing');
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const dialog = await openDialog(fixture);
      await textbox(fixture, 'Public Key');
      button(fixture, 'Copy public key').click();
      await waitFor(() => fixture.notifications.length > 0, 'a notification');
      expect(fixture.notifications[0]).to.deep.equal({ level: 'warning', message: 'Copying is not available here: select the key and copy it by hand.' });
      expect(visibleText(dialog)).to.contain('copy it by hand');
    } finally {
      document.execCommand = execCommand;
      clipboard.restore();
    }
  });

  it('closes on Escape and on Close, giving focus back to the opener', async () => {
    fixture = setUp(null);
    await openDialog(fixture);
    await sendKeys({ press: 'Escape' });
    await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(fixture.dialog.open).to.equal(false);
    expect(document.activeElement === fixture.opener, 'focus is back on the opener').to.equal(true);

    await openDialog(fixture);
    button(fixture, 'Close').click();
    await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(document.activeElement === fixture.opener, 'focus is back on the opener').to.equal(true);
  });

  it('opens from the open attribute and show(), and closes with close()', async () => {
    fixture = setUp(null);
    fixture.dialog.setAttribute('open', '');
    await findByRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(await fixture.dialog.close()).to.equal(true);
    await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(fixture.dialog.hasAttribute('open')).to.equal(false);
    fixture.dialog.show();
    await findByRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(fixture.keys.sent('bai-ssh-keypair-fetch')).to.have.length(2);
  });
});
