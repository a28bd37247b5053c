import { expect } from '@open-wc/testing';
import { managerKeypairFiles } from '../../src/ssh/manager-keypair.js';
import { checkPpkFile, checkPrivateKeyFile, keypairFromSshKeygen, keyPart, pemKeyFromSshKeygen } from './ssh-tools.js';

describe('keys the manager generated', () => {
  it('converts a PEM RSA 2048 private key (as the manager sends it) into an OpenSSH file and a PPK file the tools accept', async () => {
    const pem = await pemKeyFromSshKeygen(2048);
    expect(pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')).to.equal(true);
    const original = await checkPrivateKeyFile(pem);
    const publicKey = original.publicKey.stdout.trim();

    const files = await managerKeypairFiles(publicKey, pem);
    expect(keyPart(files.publicKey)).to.equal(keyPart(publicKey));
    expect(files.fileName).to.equal('id_rsa');

    const openssh = await checkPrivateKeyFile(files.privateKey);
    expect(openssh.publicKey.code, openssh.publicKey.stderr).to.equal(0);
    expect(keyPart(openssh.publicKey.stdout)).to.equal(keyPart(publicKey));
    expect(openssh.fingerprint.stdout.split(' ')[1]).to.equal(files.fingerprint);
    expect(original.fingerprint.stdout.split(' ')[1]).to.equal(files.fingerprint);

    const ppk = await checkPpkFile(files.ppk);
    expect(ppk.converted.code, ppk.converted.stderr).to.equal(0);
    expect(keyPart(ppk.publicKey!.stdout)).to.equal(keyPart(publicKey));
  });

  it('keeps the comment of the manager public key', async () => {
    const pem = await pemKeyFromSshKeygen(2048);
    const publicKey = keyPart((await checkPrivateKeyFile(pem)).publicKey.stdout);
    const files = await managerKeypairFiles(`${publicKey} work@backend.ai`, pem);
    expect(files.publicKey).to.equal(`${publicKey} work@backend.ai`);
    expect(files.ppk).to.contain('Comment: work@backend.ai\n');
  });

  it('refuses a private key that is not one, so the dialog can say so', async () => {
    let error: unknown;
    try {
      await managerKeypairFiles('ssh-rsa AAAA', 'not a key');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Error);
  });

  for (const [name, options, fileName] of [
    ['an OpenSSH Ed25519 key', { type: 'ed25519' }, 'id_ed25519'],
    ['a PEM ECDSA P-256 key', { type: 'ecdsa', bits: 256, pem: true }, 'id_ecdsa'],
    ['an OpenSSH ECDSA P-384 key', { type: 'ecdsa', bits: 384 }, 'id_ecdsa'],
    ['an OpenSSH ECDSA P-521 key', { type: 'ecdsa', bits: 521 }, 'id_ecdsa'],
  ] as const) {
    it(`converts ${name} into files ssh-keygen and puttygen accept`, async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ ...options, comment: 'k@host' });
      const files = await managerKeypairFiles(publicKey, key);
      expect(files.fileName).to.equal(fileName);
      const openssh = await checkPrivateKeyFile(files.privateKey);
      expect(openssh.publicKey.code, openssh.publicKey.stderr).to.equal(0);
      expect(keyPart(openssh.publicKey.stdout)).to.equal(keyPart(publicKey));
      const ppk = await checkPpkFile(files.ppk);
      expect(ppk.converted.code, ppk.converted.stderr).to.equal(0);
      expect(keyPart(ppk.publicKey!.stdout)).to.equal(keyPart(publicKey));
    });
  }
});
