import sshpk from 'sshpk';
import { keypairFiles, type KeypairFiles } from './keypair-files.js';
import { readPublicKeyLine } from './public-key-line.js';
import { materialFromSshpk } from './sshpk-material.js';

/**
 * The download files for a keypair the manager generated: its private key comes as PEM
 * (PKCS#1) or OpenSSH text, and is rewritten as an OpenSSH key file and a PPK file.
 * Throws when the manager's private key cannot be read.
 */
export async function managerKeypairFiles(publicKey: string, privateKey: string): Promise<KeypairFiles> {
  const parsed = sshpk.parsePrivateKey(`${privateKey.trim()}\n`, 'auto');
  const comment = readPublicKeyLine(publicKey)?.comment ?? '';
  return keypairFiles(materialFromSshpk(parsed), comment);
}
