import { sshKeyTypeName, type SshKeyMaterial } from './key-material.js';
import { publicKeyBlob } from './public-key.js';
import { SshWriter, toBase64, wrap } from './ssh-wire.js';

const MAGIC = new TextEncoder().encode('openssh-key-v1\0');
// Unencrypted keys are padded to the "none" cipher's block size.
const BLOCK_SIZE = 8;

function writePrivateFields(writer: SshWriter, material: SshKeyMaterial): void {
  switch (material.type) {
    case 'ed25519': {
      const secret = new Uint8Array(64);
      secret.set(material.seed, 0);
      secret.set(material.publicKey, 32);
      writer.string(material.publicKey).string(secret);
      return;
    }
    case 'rsa':
      writer.mpint(material.n).mpint(material.e).mpint(material.d).mpint(material.iqmp).mpint(material.p).mpint(material.q);
      return;
    case 'ecdsa':
      writer.string(material.curve).string(material.q).mpint(material.d);
      return;
  }
}

/**
 * An unencrypted private key in OpenSSH's own format (PROTOCOL.key), the one
 * `ssh-keygen` writes by default and the only one that holds Ed25519 keys.
 */
export function encodeOpenSshPrivateKey(material: SshKeyMaterial, comment = ''): string {
  // The two equal check numbers let a reader tell a wrong passphrase; random as OpenSSH makes them.
  const check = crypto.getRandomValues(new Uint32Array(1))[0]!;
  const secret = new SshWriter().uint32(check).uint32(check).string(sshKeyTypeName(material));
  writePrivateFields(secret, material);
  secret.string(comment);
  for (let pad = 1; secret.length % BLOCK_SIZE !== 0; pad += 1) secret.bytes(new Uint8Array([pad]));

  const body = new SshWriter()
    .bytes(MAGIC)
    .string('none')
    .string('none')
    .string('')
    .uint32(1)
    .string(publicKeyBlob(material))
    .string(secret.toBytes())
    .toBytes();
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...wrap(toBase64(body), 70), '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
}
