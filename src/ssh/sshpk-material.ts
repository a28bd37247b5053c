import type sshpk from 'sshpk';
import type { EcdsaCurve, SshKeyMaterial } from './key-material.js';
import { fixedWidth } from './ssh-wire.js';

function part(key: sshpk.PrivateKey, name: string): Uint8Array {
  const found = (key.part as unknown as Record<string, { data: Uint8Array } | undefined>)[name];
  if (!found) throw new TypeError(`The key has no "${name}" part`);
  return new Uint8Array(found.data);
}

/** Key material from a private key sshpk parsed; throws for key types this library does not handle. */
export function materialFromSshpk(key: sshpk.PrivateKey): SshKeyMaterial {
  switch (key.type) {
    case 'ed25519':
      return { type: 'ed25519', publicKey: fixedWidth(part(key, 'A'), 32), seed: fixedWidth(part(key, 'k'), 32) };
    case 'rsa':
      return { type: 'rsa', n: part(key, 'n'), e: part(key, 'e'), d: part(key, 'd'), p: part(key, 'p'), q: part(key, 'q'), iqmp: part(key, 'iqmp') };
    case 'ecdsa':
      return { type: 'ecdsa', curve: new TextDecoder().decode(part(key, 'curve')) as EcdsaCurve, q: part(key, 'Q'), d: part(key, 'd') };
    default:
      throw new TypeError(`Unsupported key type ${key.type}`);
  }
}
