import { ECDSA_CURVES, type SshKeyMaterial } from './key-material.js';
import { jwkFromMaterial } from './jwk-material.js';
import { bigIntToBytes, bytesToBigInt } from './ssh-wire.js';

function algorithms(material: SshKeyMaterial): { key: RsaHashedImportParams | EcKeyImportParams | Algorithm; sign: Algorithm | EcdsaParams } {
  switch (material.type) {
    case 'ed25519':
      return { key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } };
    case 'rsa':
      return { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } };
    case 'ecdsa':
      return { key: { name: 'ECDSA', namedCurve: ECDSA_CURVES[material.curve].webCrypto }, sign: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams };
  }
}

function privateJwk(material: SshKeyMaterial): JsonWebKey {
  if (material.type !== 'rsa') return jwkFromMaterial(material);
  // JWK needs the CRT exponents, which OpenSSH and PuTTY files do not carry.
  const d = bytesToBigInt(material.d);
  const dp = bigIntToBytes(d % (bytesToBigInt(material.p) - 1n));
  const dq = bigIntToBytes(d % (bytesToBigInt(material.q) - 1n));
  return jwkFromMaterial(material, { dp, dq });
}

/**
 * Whether the private numbers really belong to the public ones: signs a random
 * challenge with the private key and verifies it with the public key alone. A file whose
 * public part was edited, or whose private part is damaged, fails here.
 */
export async function provesPossession(material: SshKeyMaterial): Promise<boolean> {
  try {
    const { key, sign } = algorithms(material);
    const jwk = privateJwk(material);
    const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
    const privateKey = await crypto.subtle.importKey('jwk', jwk, key, false, ['sign']);
    const publicKey = await crypto.subtle.importKey('jwk', publicJwk, key, false, ['verify']);
    const challenge = crypto.getRandomValues(new Uint8Array(32));
    const signature = await crypto.subtle.sign(sign, privateKey, challenge);
    return await crypto.subtle.verify(sign, publicKey, signature, challenge);
  } catch {
    return false;
  }
}
