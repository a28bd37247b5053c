import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { sshKeyTypeName, type SshKeyMaterial } from './key-material.js';
import { publicKeyBlob } from './public-key.js';
import { fixedWidth, SshWriter, toBase64, toHex, wrap } from './ssh-wire.js';

function privateBlob(material: SshKeyMaterial): Uint8Array {
  const writer = new SshWriter();
  switch (material.type) {
    case 'ed25519':
      writer.string(fixedWidth(material.seed, 32));
      break;
    case 'rsa':
      writer.mpint(material.d).mpint(material.p).mpint(material.q).mpint(material.iqmp);
      break;
    case 'ecdsa':
      writer.mpint(material.d);
      break;
  }
  return writer.toBytes();
}

/**
 * An unencrypted PuTTY key file, format 3. The Private-MAC is HMAC-SHA-256 over the
 * algorithm, encryption, comment and both blobs; with no passphrase its key is empty.
 */
export function encodePpk(material: SshKeyMaterial, comment = ''): string {
  const algorithm = sshKeyTypeName(material);
  const encryption = 'none';
  const publicBlob = publicKeyBlob(material);
  const secretBlob = privateBlob(material);
  const macInput = new SshWriter().string(algorithm).string(encryption).string(comment).string(publicBlob).string(secretBlob).toBytes();
  const mac = hmac(sha256, new Uint8Array(0), macInput);
  const publicLines = wrap(toBase64(publicBlob), 64);
  const privateLines = wrap(toBase64(secretBlob), 64);
  return [
    `PuTTY-User-Key-File-3: ${algorithm}`,
    `Encryption: ${encryption}`,
    `Comment: ${comment}`,
    `Public-Lines: ${publicLines.length}`,
    ...publicLines,
    `Private-Lines: ${privateLines.length}`,
    ...privateLines,
    `Private-MAC: ${toHex(mac)}`,
    '',
  ].join('\n');
}
