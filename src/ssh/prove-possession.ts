import type { SshKeyMaterial } from './key-material.js';
import { importablePrivateJwk, importPrivateKey, webCryptoAlgorithms } from './webcrypto-key.js';

/**
 * Whether the private numbers really belong to the public ones: signs a random
 * challenge with the private key and verifies it with the public key alone. A file whose
 * public part was edited, or whose private part is damaged, fails here.
 */
export async function provesPossession(material: SshKeyMaterial): Promise<boolean> {
  try {
    const { key, sign } = webCryptoAlgorithms(material);
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = importablePrivateJwk(material);
    const privateKey = await importPrivateKey(material, ['sign']);
    const publicKey = await crypto.subtle.importKey('jwk', publicJwk, key, false, ['verify']);
    const challenge = crypto.getRandomValues(new Uint8Array(32));
    const signature = await crypto.subtle.sign(sign, privateKey, challenge);
    return await crypto.subtle.verify(sign, publicKey, signature, challenge);
  } catch {
    return false;
  }
}
