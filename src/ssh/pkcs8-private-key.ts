import type { SshKeyMaterial } from './key-material.js';
import { toBase64, wrap } from './ssh-wire.js';
import { importPrivateKey } from './webcrypto-key.js';

/**
 * The private key as an unencrypted PEM PKCS#8 file ("BEGIN PRIVATE KEY"). This is the form
 * the Backend.AI manager loads (it reads PEM only, never the OpenSSH format), and the one
 * format that holds RSA, ECDSA and Ed25519 keys alike. WebCrypto writes the DER, so the
 * encoding is the browser's own. Rejects when the browser cannot import the key.
 */
export async function encodePkcs8PrivateKey(material: SshKeyMaterial): Promise<string> {
  const key = await importPrivateKey(material, ['sign'], true);
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key));
  return ['-----BEGIN PRIVATE KEY-----', ...wrap(toBase64(der), 64), '-----END PRIVATE KEY-----', ''].join('\n');
}
