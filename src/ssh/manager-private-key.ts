import type { SshKeyMaterial } from './key-material.js';
import { encodePkcs8PrivateKey } from './pkcs8-private-key.js';

const OPENSSH_PRIVATE_KEY = /-----BEGIN OPENSSH PRIVATE KEY-----/;

/**
 * The private key text to send to the manager for a key the user entered. The manager
 * loads PEM only (PKCS#8, PKCS#1, SEC1), so an OpenSSH-format key is rewritten as PKCS#8
 * from its already checked material; a PEM key is sent as entered, with Unix line endings
 * and one final newline.
 */
export function privateKeyForManager(enteredText: string, material: SshKeyMaterial): Promise<string> {
  const trimmed = enteredText.trim();
  if (OPENSSH_PRIVATE_KEY.test(trimmed)) return encodePkcs8PrivateKey(material);
  return Promise.resolve(`${trimmed.replace(/\r\n?/g, '\n')}\n`);
}
