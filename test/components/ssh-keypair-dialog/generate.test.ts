import { expect } from '@open-wc/testing';
import { findByRole, getByRole, visibleText, waitForNoRole } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import type { SshKeypair } from '../../../src/protocol/request-map.js';
import { checkPpkFile, checkPrivateKeyFile, keypairFromSshKeygen, keyPart } from '../../ssh/ssh-tools.js';
import { expectManagerPemOf } from '../../ssh/expect-manager-pem.js';
import { button, captureDownloads, openDialog, setUp, textbox, waitFor, type Fixture, SSH_TEST_TIMEOUT } from './helpers.js';

const WARNING = 'It is not kept anywhere and cannot be shown again.';

describe('<bai-ssh-keypair-dialog> generating a keypair', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let fixture: Fixture;
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => {
    downloads.restore();
    fixture?.remove();
  });

  it('makes an Ed25519 key in the browser by default, registers it as PEM, and offers OpenSSH and PPK files the tools accept', async () => {
    fixture = setUp(null);
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    const ed25519 = getByRole(dialog, 'radio', { name: 'Ed25519, made in this browser (recommended)' }) as HTMLInputElement;
    expect(ed25519.checked).to.equal(true);

    button(fixture, 'Generate').click();
    const privateBox = await textbox(fixture, 'Private Key');
    expect(fixture.dialog.shadowRoot!.querySelector('md-dialog')).to.equal(null);

    const [registered] = fixture.keys.sent('bai-ssh-keypair-register') as SshKeypair[];
    expect(registered!.publicKey.startsWith('ssh-ed25519 ')).to.equal(true);
    expect(fixture.keys.sent('bai-ssh-keypair-generate')).to.deep.equal([]);
    await expectManagerPemOf(registered!.privateKey, registered!.publicKey);
    expect(privateBox.value.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----\n')).to.equal(true);
    expect(keyPart((await checkPrivateKeyFile(privateBox.value)).publicKey.stdout)).to.equal(keyPart(registered!.publicKey));
    expect((await textbox(fixture, 'Public Key')).value).to.equal(registered!.publicKey);
    expect(visibleText(dialog)).to.contain(WARNING);
    await expectNoAxeViolations(fixture.dialog);

    button(fixture, 'Download private key').click();
    button(fixture, 'Download PPK').click();
    expect([...downloads.files.keys()]).to.deep.equal(['id_ed25519', 'id_ed25519.ppk']);
    const openssh = await checkPrivateKeyFile(await downloads.files.get('id_ed25519')!);
    expect(keyPart(openssh.publicKey.stdout)).to.equal(keyPart(registered!.publicKey));
    const ppk = await checkPpkFile(await downloads.files.get('id_ed25519.ppk')!);
    expect(ppk.converted.code, ppk.converted.stderr).to.equal(0);
    expect(keyPart(ppk.publicKey!.stdout)).to.equal(keyPart(registered!.publicKey));
  });

  it('makes an RSA 4096 key in the browser when the user picks it, with a progress indicator while it runs', async () => {
    fixture = setUp(null);
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    getByRole(dialog, 'radio', { name: 'RSA 4096, made in this browser' }).click();
    button(fixture, 'Generate').click();
    await waitFor(() => visibleText(dialog).includes('Generating the keypair…'), 'the progress text', 5000);
    await textbox(fixture, 'Private Key');
    expect(visibleText(dialog)).to.not.contain('Generating the keypair…');
    const [registered] = fixture.keys.sent('bai-ssh-keypair-register') as SshKeypair[];
    await expectManagerPemOf(registered!.privateKey, registered!.publicKey);
    const tools = await checkPrivateKeyFile(registered!.privateKey);
    expect(tools.fingerprint.stdout.startsWith('4096 SHA256:')).to.equal(true);
    expect(visibleText(dialog)).to.contain(tools.fingerprint.stdout.split(' ')[1]!);
  });

  it('asks before replacing an existing key, and does nothing when the user cancels', async () => {
    const old = await keypairFromSshKeygen({ type: 'ed25519' });
    fixture = setUp(old.publicKey);
    const dialog = await openDialog(fixture);
    await textbox(fixture, 'Public Key');
    button(fixture, 'Generate').click();
    const question = await findByRole(fixture.dialog, 'alertdialog', { name: 'Replace the SSH keypair?' });
    expect(visibleText(question)).to.contain('The current key stops working');
    getByRole(fixture.dialog, 'button', { name: 'Cancel' }).click();
    await waitForNoRole(fixture.dialog, 'alertdialog');
    expect(fixture.keys.requests.map((request) => request.type)).to.deep.equal(['bai-ssh-keypair-fetch']);
    expect((await textbox(fixture, 'Public Key')).value).to.equal(old.publicKey);
    expect(visibleText(dialog)).to.not.contain(WARNING);
  });

  it('lets the manager generate after confirmation, and turns its PEM key into OpenSSH and PPK files', async () => {
    const old = await keypairFromSshKeygen({ type: 'ed25519' });
    const managers = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true });
    fixture = setUp(old.publicKey);
    fixture.keys.managerPair = { publicKey: keyPart(managers.publicKey), privateKey: managers.key };
    const dialog = await openDialog(fixture);
    await textbox(fixture, 'Public Key');
    getByRole(dialog, 'radio', { name: 'Generated by the manager (RSA 2048)' }).click();
    button(fixture, 'Generate').click();
    await findByRole(fixture.dialog, 'alertdialog', { name: 'Replace the SSH keypair?' });
    getByRole(fixture.dialog, 'button', { name: 'Replace keypair' }).click();

    const privateBox = await textbox(fixture, 'Private Key');
    expect(fixture.keys.sent('bai-ssh-keypair-generate')).to.deep.equal([{}]);
    expect(fixture.keys.sent('bai-ssh-keypair-register')).to.deep.equal([]);
    expect(privateBox.value.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')).to.equal(true);
    expect((await textbox(fixture, 'Public Key')).value).to.equal(keyPart(managers.publicKey));

    button(fixture, 'Download private key').click();
    button(fixture, 'Download PPK').click();
    const openssh = await checkPrivateKeyFile(await downloads.files.get('id_rsa')!);
    expect(keyPart(openssh.publicKey.stdout)).to.equal(keyPart(managers.publicKey));
    const ppk = await checkPpkFile(await downloads.files.get('id_rsa.ppk')!);
    expect(ppk.converted.code, ppk.converted.stderr).to.equal(0);
    expect(keyPart(ppk.publicKey!.stdout)).to.equal(keyPart(managers.publicKey));
  });

  it('keeps the old key and says why when the manager refuses the new key', async () => {
    const old = await keypairFromSshKeygen({ type: 'ed25519' });
    fixture = setUp(old.publicKey);
    fixture.keys.failNext.set('bai-ssh-keypair-register', { title: 'Internal server error', msg: 'database unavailable' });
    const dialog = await openDialog(fixture);
    await textbox(fixture, 'Public Key');
    button(fixture, 'Generate').click();
    await findByRole(fixture.dialog, 'alertdialog', { name: 'Replace the SSH keypair?' });
    getByRole(fixture.dialog, 'button', { name: 'Replace keypair' }).click();
    await waitFor(() => fixture.notifications.some((note) => note.level === 'error'), 'the error');
    expect(fixture.notifications.at(-1)).to.deep.equal({ level: 'error', message: 'Internal server error: database unavailable' });
    expect(visibleText(dialog)).to.contain('database unavailable');
    expect((await textbox(fixture, 'Public Key')).value).to.equal(old.publicKey);
    expect(visibleText(dialog)).to.not.contain(WARNING);
  });

  it('shows a manager key it cannot convert, with the downloads off and a warning', async () => {
    const broken = { publicKey: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC7 broken', privateKey: '-----BEGIN RSA PRIVATE KEY-----\nnot base64\n-----END RSA PRIVATE KEY-----\n' };
    fixture = setUp(null);
    fixture.keys.managerPair = broken;
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    getByRole(dialog, 'radio', { name: 'Generated by the manager (RSA 2048)' }).click();
    button(fixture, 'Generate').click();
    expect((await textbox(fixture, 'Private Key')).value).to.equal(broken.privateKey);
    expect(fixture.notifications.at(-1)!.level).to.equal('warning');
    expect(fixture.notifications.at(-1)!.message).to.contain('could not be turned into key files');
    expect(button(fixture, 'Download private key').hasAttribute('disabled') || button(fixture, 'Download private key').closest('[disabled]') !== null).to.equal(true);
  });

  it('puts the private key in no event but the register request', async () => {
    fixture = setUp(null);
    const seen: { type: string; detail: string }[] = [];
    const types = ['bai-notification', 'bai-ssh-keypair-fetch', 'bai-ssh-keypair-generate', 'bai-ssh-keypair-register', 'bai-preference-change'];
    const record = (event: Event) => seen.push({ type: event.type, detail: JSON.stringify((event as CustomEvent).detail) });
    for (const type of types) document.addEventListener(type, record);
    try {
      const dialog = await openDialog(fixture);
      await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
      button(fixture, 'Generate').click();
      await textbox(fixture, 'Private Key');
      button(fixture, 'Download private key').click();
      expect(await fixture.dialog.close()).to.equal(true);
    } finally {
      for (const type of types) document.removeEventListener(type, record);
    }
    const carrying = seen.filter((event) => event.detail.includes('PRIVATE KEY')).map((event) => event.type);
    expect(carrying).to.deep.equal(['bai-ssh-keypair-register']);
    expect(seen.length).to.be.greaterThan(3);
  });

  it('will not close while the keypair is being made, since its private key would be lost', async () => {
    fixture = setUp(null);
    const dialog = await openDialog(fixture);
    await waitFor(() => visibleText(dialog).includes('No SSH keypair yet'), 'the no-key text');
    getByRole(dialog, 'radio', { name: 'RSA 4096, made in this browser' }).click();
    button(fixture, 'Generate').click();
    expect(await fixture.dialog.close()).to.equal(false);
    expect(fixture.notifications.at(-1)).to.deep.equal({
      level: 'warning',
      message: 'Wait until the new keypair is ready: closing now would lose its private key.',
    });
    const privateKey = (await textbox(fixture, 'Private Key')).value;
    expect(privateKey.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')).to.equal(true);
    expect(fixture.dialog.open).to.equal(true);
  });
});
