import { expect } from '@open-wc/testing';
import { SshKeypairModel, type KeypairModelHost } from '../../../src/components/ssh-keypair-dialog/ssh-keypair-model.js';
import type { NotificationLevel } from '../../../src/events/notification-event.js';
import { generateKeypairFiles } from '../../../src/ssh/generate-keypair-files.js';
import { FakeKeyHost } from './fake-key-host.js';

function modelOn(publicKey: string | null, confirm = true) {
  const source = new EventTarget();
  const keys = new FakeKeyHost(source, publicKey);
  const notes: { text: string; level: NotificationLevel }[] = [];
  let confirmations = 0;
  const host: KeypairModelHost = {
    source,
    changed: () => undefined,
    notify: (text, level) => notes.push({ text, level }),
    confirmReplace: async () => {
      confirmations += 1;
      return confirm;
    },
  };
  return { model: new SshKeypairModel(host), keys, notes, confirmations: () => confirmations };
}

describe('SshKeypairModel (no DOM)', () => {
  it('loads the current key with its fingerprint', async () => {
    const { publicKey, fingerprint } = await generateKeypairFiles('ed25519');
    const { model } = modelOn(publicKey);
    await model.load();
    expect(model.publicKey).to.equal(publicKey);
    expect(model.fingerprint).to.equal(fingerprint);
    expect(model.loading).to.equal(false);
  });

  it('generates without asking when there is no key, and holds the private key until it is saved', async () => {
    const { model, keys, confirmations } = modelOn(null);
    await model.load();
    expect(await model.generate()).to.equal(true);
    expect(confirmations()).to.equal(0);
    expect(model.view).to.equal('new-pair');
    expect(model.holdsUnsavedPrivateKey).to.equal(true);
    expect(keys.sent('bai-ssh-keypair-register')).to.have.length(1);
    model.markPrivateKeySaved();
    expect(model.holdsUnsavedPrivateKey).to.equal(false);
  });

  it('sends nothing when the user declines to replace the existing key', async () => {
    const { publicKey } = await generateKeypairFiles('ed25519');
    const { model, keys, confirmations } = modelOn(publicKey, false);
    await model.load();
    expect(await model.generate()).to.equal(false);
    expect(confirmations()).to.equal(1);
    expect(keys.requests.map((request) => request.type)).to.deep.equal(['bai-ssh-keypair-fetch']);
    expect(model.publicKey).to.equal(publicKey);
  });

  it('forgets every private key, and a generation finishing after forget() brings none back', async () => {
    const { model } = modelOn(null);
    await model.load();
    model.enterManually();
    model.setEntered('privateKey', '-----BEGIN OPENSSH PRIVATE KEY-----');
    const pending = model.generate();
    model.forget();
    expect(await pending).to.equal(false);
    expect(model.newPair).to.equal(undefined);
    expect(model.enteredPrivateKey).to.equal('');
    expect(model.view).to.equal('current');
    expect(model.busy).to.equal(undefined);
  });

  it('keeps the entered keys and names the problems when validation fails', async () => {
    const { model, keys, notes } = modelOn(null);
    model.enterManually();
    model.setEntered('publicKey', 'ssh-ed25519 AAAA');
    model.setEntered('privateKey', 'nonsense');
    await model.register();
    expect(keys.sent('bai-ssh-keypair-register')).to.deep.equal([]);
    expect(model.enteredPublicKey).to.equal('ssh-ed25519 AAAA');
    expect(model.enteredPrivateKey).to.equal('nonsense');
    expect(model.problemsOf('publicKey').map((problem) => problem.code)).to.deep.equal(['not-openssh-public-key']);
    expect(model.problemsOf('privateKey').map((problem) => problem.code)).to.deep.equal(['not-private-key']);
    expect(notes.map((note) => note.level)).to.deep.equal(['error', 'error']);
  });
});
