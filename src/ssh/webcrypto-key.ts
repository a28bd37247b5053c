import { ECDSA_CURVES, type SshKeyMaterial } from './key-material.js';
import { jwkFromMaterial } from './jwk-material.js';
import { bigIntToBytes, bytesToBigInt } from './ssh-wire.js';

/** The WebCrypto algorithms for a key: how to import it and how to sign with it. */
export function webCryptoAlgorithms(material: SshKeyMaterial): {
  key: RsaHashedImportParams | EcKeyImportParams | Algorithm;
  sign: Algorithm | EcdsaParams;
} {
  switch (material.type) {
    case 'ed25519':
      return { key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } };
    case 'rsa':
      return { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, sign: { name: 'RSASSA-PKCS1-v1_5' } };
    case 'ecdsa':
      return { key: { name: 'ECDSA', namedCurve: ECDSA_CURVES[material.curve].webCrypto }, sign: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams };
  }
}

/** A private JWK WebCrypto can import, for any key this library reads. */
export function importablePrivateJwk(material: SshKeyMaterial): JsonWebKey {
  if (material.type !== 'rsa') return jwkFromMaterial(material);
  // JWK needs the CRT exponents, which OpenSSH and PuTTY files do not carry.
  const d = bytesToBigInt(material.d);
  const dp = bigIntToBytes(d % (bytesToBigInt(material.p) - 1n));
  const dq = bigIntToBytes(d % (bytesToBigInt(material.q) - 1n));
  return jwkFromMaterial(material, { dp, dq });
}

/** Imports the private key; `extractable` only when it is to be written out in another format. */
export function importPrivateKey(material: SshKeyMaterial, usages: KeyUsage[], extractable = false): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', importablePrivateJwk(material), webCryptoAlgorithms(material).key, extractable, usages);
}
