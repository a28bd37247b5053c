import { expect } from '@open-wc/testing';
import { checkPemPrivateKey, keyPart } from './ssh-tools.js';

const PKCS8_PEM = /^-----BEGIN PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END PRIVATE KEY-----\n$/;

/**
 * Asserts that `pem` is an unencrypted PEM PKCS#8 private key that Node's OpenSSL loader
 * (the kind the manager's Python cryptography uses) and ssh-keygen read back to `publicKey`.
 */
export async function expectManagerPemOf(pem: string, publicKey: string): Promise<void> {
  expect(pem).to.match(PKCS8_PEM);
  const checked = await checkPemPrivateKey(pem);
  expect(checked.node.code, checked.node.stderr).to.equal(0);
  expect(checked.node.publicKey).to.equal(keyPart(publicKey));
  if (checked.node.type === 'ed25519') {
    expect(checked.sshKeygenOfSeed!.code, checked.sshKeygenOfSeed!.stderr).to.equal(0);
    expect(keyPart(checked.sshKeygenOfSeed!.stdout)).to.equal(keyPart(publicKey));
    // OpenSSH releases before 9.6 load Ed25519 keys from their own format only.
    if (checked.sshKeygen.code !== 0) expect(checked.sshKeygen.stderr).to.contain('invalid format');
    else expect(keyPart(checked.sshKeygen.stdout)).to.equal(keyPart(publicKey));
    return;
  }
  expect(checked.sshKeygen.code, checked.sshKeygen.stderr).to.equal(0);
  expect(keyPart(checked.sshKeygen.stdout)).to.equal(keyPart(publicKey));
}
