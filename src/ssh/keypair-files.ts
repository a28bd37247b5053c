import { fingerprintPublicKey } from './fingerprint.js';
import { privateKeyFileName, type SshKeyMaterial } from './key-material.js';
import { encodeOpenSshPrivateKey } from './openssh-private-key.js';
import { encodePpk } from './ppk.js';
import { openSshPublicKeyLine } from './public-key.js';

/** Everything the dialog shows and offers for download about one new keypair. */
export interface KeypairFiles {
  publicKey: string;
  fingerprint: string;
  /** The private key in OpenSSH format, as shown, copied and downloaded. */
  privateKey: string;
  /** The same key as an unencrypted PuTTY key file, version 3. */
  ppk: string;
  /** `id_ed25519`, `id_rsa` or `id_ecdsa`; the PPK file adds `.ppk`. */
  fileName: string;
}

export async function keypairFiles(material: SshKeyMaterial, comment = ''): Promise<KeypairFiles> {
  const publicKey = openSshPublicKeyLine(material, comment);
  const described = await fingerprintPublicKey(publicKey);
  return {
    publicKey,
    fingerprint: described?.fingerprint ?? '',
    privateKey: encodeOpenSshPrivateKey(material, comment),
    ppk: encodePpk(material, comment),
    fileName: privateKeyFileName(material),
  };
}
