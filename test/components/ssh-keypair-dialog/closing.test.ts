import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole, getByRole, visibleText, waitForNoRole } from '../../support/queries.js';
import { button, captureDownloads, fakeClipboard, openDialog, paste, setUp, shadowTexts, textbox, waitFor, type Fixture, SSH_TEST_TIMEOUT } from './helpers.js';
import { keypairFromSshKeygen } from '../../ssh/ssh-tools.js';

function storageValues(): string[] {
  const values: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i += 1) values.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  }
  return values;
}

function expectNoPrivateKeyLeft(fixture: Fixture, privateKey: string): void {
  const body = privateKey.split('\n')[1]!;
  for (const text of shadowTexts(fixture.dialog)) {
    expect(text).to.not.contain('PRIVATE KEY');
    expect(text).to.not.contain(body);
  }
  for (const value of storageValues()) {
    expect(value).to.not.contain('PRIVATE KEY');
    expect(value).to.not.contain(body);
  }
}

describe('<bai-ssh-keypair-dialog> closing with a private key on screen', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let fixture: Fixture;
  afterEach(() => fixture?.remove());

  async function generated(): Promise<string> {
    fixture = setUp(null);
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    button(fixture, 'Generate').click();
    return (await textbox(fixture, 'Private Key')).value;
  }

  it('asks first when the private key was neither copied nor downloaded, and Cancel keeps it', async () => {
    const privateKey = await generated();
    button(fixture, 'Close').click();
    await findByRole(fixture.dialog, 'alertdialog', { name: 'Private key not saved' });
    getByRole(fixture.dialog, 'button', { name: 'Cancel' }).click();
    await waitForNoRole(fixture.dialog, 'alertdialog');
    expect((await textbox(fixture, 'Private Key')).value).to.equal(privateKey);
    expect(fixture.dialog.open).to.equal(true);
  });

  it('asks on Escape too, and "Close anyway" clears the key from the DOM, state and storage', async () => {
    const privateKey = await generated();
    await sendKeys({ press: 'Escape' });
    await findByRole(fixture.dialog, 'alertdialog', { name: 'Private key not saved' });
    getByRole(fixture.dialog, 'button', { name: 'Close anyway' }).click();
    await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    await fixture.dialog.updateComplete;
    expectNoPrivateKeyLeft(fixture, privateKey);
    expect(document.activeElement === fixture.opener, 'focus is back on the opener').to.equal(true);
  });

  it('closes without asking once the private key was copied, and leaves nothing behind', async () => {
    const clipboard = fakeClipboard('works');
    try {
      const privateKey = await generated();
      button(fixture, 'Copy private key').click();
      await waitFor(() => fixture.notifications.some((note) => note.message === 'The private key was copied to the clipboard.'), 'the copy');
      expect(clipboard.copied[0]).to.equal(privateKey);
      button(fixture, 'Close').click();
      await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
      await fixture.dialog.updateComplete;
      expectNoPrivateKeyLeft(fixture, privateKey);

      // Opened again, the dialog shows the new public key and no private key.
      await openDialog(fixture);
      await textbox(fixture, 'Public Key');
      expect(() => getByRole(fixture.dialog, 'textbox', { name: 'Private Key' })).to.throw();
    } finally {
      clipboard.restore();
    }
  });

  it('closes without asking once the private key was downloaded', async () => {
    const downloads = captureDownloads();
    try {
      const privateKey = await generated();
      button(fixture, 'Download PPK').click();
      expect([...downloads.files.keys()]).to.deep.equal(['id_ed25519.ppk']);
      expect(await fixture.dialog.close()).to.equal(true);
      await fixture.dialog.updateComplete;
      expectNoPrivateKeyLeft(fixture, privateKey);
    } finally {
      downloads.restore();
    }
  });

  it('clears an entered private key when closed', async () => {
    const { key } = await keypairFromSshKeygen({ type: 'ed25519' });
    fixture = setUp(null);
    await openDialog(fixture);
    button(fixture, 'Enter Manually').click();
    await paste(await textbox(fixture, 'Private Key'), key);
    expect((await textbox(fixture, 'Private Key')).value).to.equal(key);
    button(fixture, 'Close').click();
    await waitForNoRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    await fixture.dialog.updateComplete;
    expectNoPrivateKeyLeft(fixture, key);
  });
});
