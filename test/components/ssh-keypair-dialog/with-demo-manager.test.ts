import { expect } from '@open-wc/testing';
import { findByRole, getByRole, visibleText } from '../../support/queries.js';
import type { BaiSshKeypairDialog } from '../../../src/components/ssh-keypair-dialog/ssh-keypair-dialog.js';
import type { BaiNotificationDetail } from '../../../src/events/notification-event.js';
import '../../../src/define.js';
// define.js registers the dialogs once their module has loaded.
await customElements.whenDefined('bai-ssh-keypair-dialog');
import { keypairFromSshKeygen, keyPart } from '../../ssh/ssh-tools.js';
import { callsTo, connect, createDemoManager, type Connection, type DemoManager } from '../../manager/demo-manager-fixture.js';
import { paste, textbox, waitFor, SSH_TEST_TIMEOUT, type Fixture } from './helpers.js';

/** The dialog in a page connected to a demo manager that validates keys as the Backend.AI manager does. */
describe('<bai-ssh-keypair-dialog> with a manager that loads PEM private keys only', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let manager: DemoManager;
  let connection: Connection;
  let dialog: BaiSshKeypairDialog;
  let notifications: BaiNotificationDetail[];

  beforeEach(async () => {
    manager = await createDemoManager();
    connection = connect(manager);
    dialog = document.createElement('bai-ssh-keypair-dialog');
    notifications = [];
    dialog.addEventListener('bai-notification', (event) => notifications.push(event.detail));
    connection.source.append(dialog);
  });

  // Removed without close(): closing with an unsaved private key would ask first.
  afterEach(() => connection.remove());

  // The helpers only need the dialog to find its controls.
  const view = () => ({ dialog }) as Fixture;
  const button = (name: string) => getByRole(dialog.shadowRoot!.querySelector('dialog')!, 'button', { name });

  async function open(): Promise<HTMLElement> {
    dialog.show();
    const shown = await findByRole(dialog, 'dialog', { name: 'SSH Keypair Management' });
    await waitFor(() => visibleText(shown).includes('No SSH keypair yet'), 'the no-key text');
    return shown;
  }

  async function storedPublicKey(): Promise<string> {
    const calls = await callsTo(manager);
    const post = calls.find((call) => call.method === 'POST' && call.path === '/auth/ssh-keypair');
    return String(post?.params.pubkey ?? '');
  }

  for (const [radio, prefix] of [
    ['Ed25519, made in this browser (recommended)', 'ssh-ed25519 '],
    ['RSA 4096, made in this browser', 'ssh-rsa '],
  ] as const) {
    it(`registers a ${prefix.trim()} key made in the browser, and still shows its OpenSSH private key`, async () => {
      const shown = await open();
      getByRole(shown, 'radio', { name: radio }).click();
      button('Generate').click();
      const privateKey = await textbox(view(), 'Private Key');
      expect(privateKey.value.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----\n')).to.equal(true);
      expect(notifications.filter((note) => note.level === 'error')).to.deep.equal([]);
      const publicKey = (await textbox(view(), 'Public Key')).value;
      expect(publicKey.startsWith(prefix)).to.equal(true);
      expect(keyPart(await storedPublicKey())).to.equal(keyPart(publicKey));
      const [post] = (await callsTo(manager)).filter((call) => call.method === 'POST');
      expect(String(post!.params.privkey).startsWith('-----BEGIN PRIVATE KEY-----\n')).to.equal(true);
    });
  }

  it('registers an OpenSSH Ed25519 key the user entered, and the manager keeps it', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'ed25519', comment: 'me@laptop' });
    await open();
    button('Enter Manually').click();
    await paste(await textbox(view(), 'Public Key'), publicKey);
    await paste(await textbox(view(), 'Private Key'), key);
    button('Register keypair').click();
    await waitFor(() => notifications.length > 0, 'a notification');
    expect(notifications).to.deep.equal([{ level: 'success', message: 'The SSH keypair was registered.' }]);
    expect(keyPart(await storedPublicKey())).to.equal(keyPart(publicKey));
    expect((await textbox(view(), 'Public Key')).value.trim()).to.equal(publicKey);
  });
});
