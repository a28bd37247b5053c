import { expect } from '@open-wc/testing';
import { getByRole, visibleText } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import { keypairFromSshKeygen } from '../../ssh/ssh-tools.js';
import { expectManagerPemOf } from '../../ssh/expect-manager-pem.js';
import type { SshKeypair } from '../../../src/protocol/request-map.js';
import { button, openDialog, paste, setUp, textbox, waitFor, type Fixture, SSH_TEST_TIMEOUT } from './helpers.js';

describe('<bai-ssh-keypair-dialog> entering a keypair by hand', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let fixture: Fixture;
  afterEach(() => fixture?.remove());

  async function enterManually(publicKey: string | null = null): Promise<HTMLElement> {
    fixture = setUp(publicKey);
    const dialog = await openDialog(fixture);
    await waitFor(() => !visibleText(dialog).includes('Loading the current key'), 'the current key');
    button(fixture, 'Enter Manually').click();
    await textbox(fixture, 'Private Key');
    return dialog;
  }

  async function fill(publicKey: string, privateKey: string): Promise<void> {
    await paste(await textbox(fixture, 'Public Key'), publicKey);
    await paste(await textbox(fixture, 'Private Key'), privateKey);
  }

  async function submitAndWaitForNotification(): Promise<void> {
    const before = fixture.notifications.length;
    button(fixture, 'Register keypair').click();
    await waitFor(() => fixture.notifications.length > before, 'a notification');
  }

  it('registers an OpenSSH Ed25519 pair with its private key as PEM, and shows the new public key', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'ed25519', comment: 'me@laptop' });
    const dialog = await enterManually();
    await expectNoAxeViolations(fixture.dialog);
    await fill(publicKey, key);
    await submitAndWaitForNotification();
    expect(fixture.notifications.at(-1)).to.deep.equal({ level: 'success', message: 'The SSH keypair was registered.' });
    const sent = fixture.keys.sent('bai-ssh-keypair-register') as SshKeypair[];
    expect(sent.map((pair) => pair.publicKey)).to.deep.equal([publicKey]);
    await expectManagerPemOf(sent[0]!.privateKey, publicKey);
    expect(fixture.notifications.map((note) => note.message).join('\n')).to.not.match(/PEM|PKCS|convert/i);
    expect((await textbox(fixture, 'Public Key')).value).to.equal(publicKey);
    expect(() => getByRole(dialog, 'textbox', { name: 'Private Key' })).to.throw();
    expect(visibleText(dialog)).to.contain('SHA256:');
  });

  it('refuses a private key of another pair, keeps the input and sends nothing', async () => {
    const one = await keypairFromSshKeygen({ type: 'ed25519' });
    const other = await keypairFromSshKeygen({ type: 'ed25519' });
    const dialog = await enterManually();
    await fill(one.publicKey, other.key);
    await submitAndWaitForNotification();
    expect(fixture.notifications.at(-1)).to.deep.equal({ level: 'error', message: 'The private key does not match the public key.' });
    expect(visibleText(dialog)).to.contain('The private key does not match the public key.');
    expect(fixture.keys.sent('bai-ssh-keypair-register')).to.deep.equal([]);
    expect((await textbox(fixture, 'Public Key')).value).to.equal(one.publicKey);
    expect((await textbox(fixture, 'Private Key')).value).to.equal(other.key);
    expect((await textbox(fixture, 'Private Key')).getAttribute('aria-invalid')).to.equal('true');
  });

  it('names each problem of bad formats: no public key line, a passphrase-protected private key', async () => {
    const { key } = await keypairFromSshKeygen({ type: 'ed25519', passphrase: 'correct horse' });
    const dialog = await enterManually();
    await fill('-----BEGIN PUBLIC KEY-----', key);
    await submitAndWaitForNotification();
    await waitFor(() => fixture.notifications.length >= 2, 'both messages');
    const messages = fixture.notifications.map((note) => note.message);
    expect(messages).to.deep.equal([
      'Not an OpenSSH public key: expected one line such as "ssh-ed25519 AAAA… comment".',
      'The private key is protected by a passphrase: remove the passphrase (ssh-keygen -p) and enter it again.',
    ]);
    for (const message of messages) expect(visibleText(dialog)).to.contain(message);
    expect(fixture.keys.sent('bai-ssh-keypair-register')).to.deep.equal([]);
  });

  it('refuses an RSA key under 2048 bits', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'rsa', bits: 1024 });
    await enterManually();
    await fill(publicKey, key);
    await submitAndWaitForNotification();
    expect(fixture.notifications[0]!.message).to.equal('Public Key: this RSA key has 1024 bits; at least 2048 bits are required.');
    expect(fixture.keys.sent('bai-ssh-keypair-register')).to.deep.equal([]);
  });

  it('says what is missing when nothing was entered', async () => {
    await enterManually();
    await submitAndWaitForNotification();
    await waitFor(() => fixture.notifications.length >= 2, 'both messages');
    expect(fixture.notifications.map((note) => note.message)).to.deep.equal([
      'Public Key: paste the key or pick its file.',
      'Private Key: paste the key or pick its file.',
    ]);
  });

  it('keeps the input as typed when the manager refuses the pair, and says why', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'ed25519' });
    const dialog = await enterManually();
    fixture.keys.failNext.set('bai-ssh-keypair-register', { title: 'Invalid keypair', msg: 'The manager could not use this key.' });
    await fill(publicKey, key);
    await submitAndWaitForNotification();
    expect(fixture.notifications.at(-1)).to.deep.equal({ level: 'error', message: 'Invalid keypair: The manager could not use this key.' });
    expect(visibleText(dialog)).to.contain('The manager could not use this key.');
    expect((await textbox(fixture, 'Public Key')).value).to.equal(publicKey);
    expect((await textbox(fixture, 'Private Key')).value).to.equal(key);
    const [sent] = fixture.keys.sent('bai-ssh-keypair-register') as SshKeypair[];
    expect(sent!.privateKey.startsWith('-----BEGIN PRIVATE KEY-----\n')).to.equal(true);
  });

  it('fills the text areas from picked files', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true });
    await enterManually();
    for (const [name, text, fileName] of [
      ['Public key file', `${publicKey}\n`, 'id_rsa.pub'],
      ['Private key file', key, 'id_rsa'],
    ] as const) {
      const input = getByRole(fixture.dialog, 'button', { name }) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await waitFor(() => fixture.dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('#entered-private-key')!.value === key, 'the private key file');
    expect((await textbox(fixture, 'Public Key')).value).to.equal(`${publicKey}\n`);
    await submitAndWaitForNotification();
    expect(fixture.keys.sent('bai-ssh-keypair-register')).to.deep.equal([{ publicKey, privateKey: key }]);
  });

  it('refuses a picked file too large to be a key, keeping what was typed', async () => {
    await enterManually();
    await paste(await textbox(fixture, 'Private Key'), 'typed by hand');
    const input = getByRole(fixture.dialog, 'button', { name: 'Private key file' }) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'.repeat(70 * 1024)], 'photo.jpg'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => fixture.notifications.length > 0, 'a notification');
    expect(fixture.notifications[0]).to.deep.equal({ level: 'error', message: 'photo.jpg is too large to be a key file.' });
    expect((await textbox(fixture, 'Private Key')).value).to.equal('typed by hand');
  });
});
