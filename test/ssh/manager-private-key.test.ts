import { expect } from '@open-wc/testing';
import { generateKeypairFiles } from '../../src/ssh/generate-keypair-files.js';
import { validateKeypair } from '../../src/ssh/validate-keypair.js';
import { expectManagerPemOf } from './expect-manager-pem.js';
import { checkPemPrivateKey, keypairFromSshKeygen, type SshKeygenOptions } from './ssh-tools.js';

describe('private keys in the form the manager loads', function () {
  this.timeout(60000);

  for (const type of ['ed25519', 'rsa-2048', 'rsa-4096'] as const) {
    it(`gives a browser-made ${type} key as PEM PKCS#8 beside its OpenSSH file`, async () => {
      const generated = await generateKeypairFiles(type, 'alice@example');
      expect(generated.privateKey.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----\n')).to.equal(true);
      await expectManagerPemOf(generated.pkcs8PrivateKey, generated.publicKey);
    });
  }

  const entered: [string, SshKeygenOptions][] = [
    ['Ed25519', { type: 'ed25519' }],
    ['RSA 3072', { type: 'rsa', bits: 3072 }],
    ['ECDSA P-256', { type: 'ecdsa', bits: 256 }],
    ['ECDSA P-384', { type: 'ecdsa', bits: 384 }],
    ['ECDSA P-521', { type: 'ecdsa', bits: 521 }],
  ];
  for (const [name, options] of entered) {
    it(`rewrites an entered OpenSSH ${name} private key as PEM PKCS#8 for the manager`, async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ ...options, comment: 'me@laptop' });
      expect(key.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')).to.equal(true);
      const result = await validateKeypair(publicKey, key);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      expect(result.publicKey).to.equal(publicKey);
      await expectManagerPemOf(result.privateKey, publicKey);
    });
  }

  it('sends an entered PEM key as entered, with Unix line endings and one final newline', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true });
    expect(key.startsWith('-----BEGIN RSA PRIVATE KEY-----\n')).to.equal(true);
    const result = await validateKeypair(publicKey, `\r\n${key.trim().replace(/\n/g, '\r\n')}\r\n\r\n`);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.privateKey).to.equal(`${key.trim()}\n`);
    expect((await checkPemPrivateKey(result.privateKey)).node.publicKey).to.equal(publicKey.split(' ').slice(0, 2).join(' '));
  });

  it('sends an entered SEC1 ECDSA key ("BEGIN EC PRIVATE KEY") as entered', async () => {
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'ecdsa', bits: 256, pem: true });
    expect(key.startsWith('-----BEGIN EC PRIVATE KEY-----\n')).to.equal(true);
    const result = await validateKeypair(publicKey, key);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.privateKey).to.equal(key);
  });
});
