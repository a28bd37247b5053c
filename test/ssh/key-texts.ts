import { materialFromJwk } from '../../src/ssh/jwk-material.js';
import { openSshPublicKeyLine } from '../../src/ssh/public-key.js';
import { fromBase64, toBase64, wrap } from '../../src/ssh/ssh-wire.js';

export interface KeyTexts {
  publicKey: string;
  privateKey: string;
}

const ALGORITHMS = {
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  ed25519: { name: 'Ed25519' },
  'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
} as const;

/** A keypair made by WebCrypto, its private key as a PKCS#8 PEM file ("BEGIN PRIVATE KEY"). */
export async function pkcs8Keypair(type: keyof typeof ALGORITHMS): Promise<KeyTexts> {
  const pair = (await crypto.subtle.generateKey(ALGORITHMS[type], true, ['sign', 'verify'])) as CryptoKeyPair;
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const privateKey = ['-----BEGIN PRIVATE KEY-----', ...wrap(toBase64(der), 64), '-----END PRIVATE KEY-----', ''].join('\n');
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (type === 'ecdsa-p256') {
    const q = new Uint8Array([4, ...fromBase64(jwk.x!), ...fromBase64(jwk.y!)]);
    return { privateKey, publicKey: openSshPublicKeyLine({ type: 'ecdsa', curve: 'nistp256', q, d: new Uint8Array(0) }) };
  }
  return { privateKey, publicKey: openSshPublicKeyLine(materialFromJwk(jwk)) };
}
