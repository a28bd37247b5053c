import type { SshKeyMaterial } from './key-material.js';
import { materialFromJwk } from './jwk-material.js';

/** Key types the browser generates: Ed25519 is the default, RSA for servers that need it. */
export type GeneratedKeyType = 'ed25519' | 'rsa-4096' | 'rsa-2048';

function algorithmFor(type: GeneratedKeyType): RsaHashedKeyGenParams | Algorithm {
  if (type === 'ed25519') return { name: 'Ed25519' };
  return {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: type === 'rsa-4096' ? 4096 : 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  };
}

/**
 * Generates a keypair with WebCrypto. The browser does the work off the main thread,
 * so the page stays responsive even for RSA 4096.
 */
export async function generateKeyMaterial(type: GeneratedKeyType): Promise<SshKeyMaterial> {
  const pair = (await crypto.subtle.generateKey(algorithmFor(type), true, ['sign', 'verify'])) as CryptoKeyPair;
  return materialFromJwk(await crypto.subtle.exportKey('jwk', pair.privateKey));
}
