import { ECDSA_CURVES, type EcdsaCurve, type SshKeyMaterial } from './key-material.js';
import { fromBase64, toBase64 } from './ssh-wire.js';

function field(jwk: JsonWebKey, name: keyof JsonWebKey): Uint8Array {
  const value = jwk[name];
  if (typeof value !== 'string') throw new TypeError(`The exported key has no "${String(name)}"`);
  return fromBase64(value);
}

function base64Url(data: Uint8Array): string {
  return toBase64(data).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Key material from a private JWK exported by WebCrypto. */
export function materialFromJwk(jwk: JsonWebKey): SshKeyMaterial {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return { type: 'ed25519', publicKey: field(jwk, 'x'), seed: field(jwk, 'd') };
  }
  if (jwk.kty === 'RSA') {
    return { type: 'rsa', n: field(jwk, 'n'), e: field(jwk, 'e'), d: field(jwk, 'd'), p: field(jwk, 'p'), q: field(jwk, 'q'), iqmp: field(jwk, 'qi') };
  }
  throw new TypeError(`Unsupported JWK key type ${jwk.kty}`);
}

/** Unsigned fixed-width form that JWK wants for EC coordinates. */
function fixed(data: Uint8Array, width: number): Uint8Array {
  const out = new Uint8Array(width);
  out.set(data.subarray(Math.max(0, data.length - width)), Math.max(0, width - data.length));
  return out;
}

/** A private JWK for WebCrypto, with the public parts taken from the key material. */
export function jwkFromMaterial(material: SshKeyMaterial, extra: { dp?: Uint8Array; dq?: Uint8Array } = {}): JsonWebKey {
  switch (material.type) {
    case 'ed25519':
      return { kty: 'OKP', crv: 'Ed25519', x: base64Url(material.publicKey), d: base64Url(fixed(material.seed, 32)) };
    case 'rsa': {
      const jwk: JsonWebKey = {
        kty: 'RSA',
        n: base64Url(strip(material.n)),
        e: base64Url(strip(material.e)),
        d: base64Url(strip(material.d)),
        p: base64Url(strip(material.p)),
        q: base64Url(strip(material.q)),
        qi: base64Url(strip(material.iqmp)),
      };
      if (extra.dp && extra.dq) Object.assign(jwk, { dp: base64Url(strip(extra.dp)), dq: base64Url(strip(extra.dq)) });
      return jwk;
    }
    case 'ecdsa': {
      const { webCrypto, bytes } = ECDSA_CURVES[material.curve as EcdsaCurve];
      return {
        kty: 'EC',
        crv: webCrypto,
        x: base64Url(material.q.subarray(1, 1 + bytes)),
        y: base64Url(material.q.subarray(1 + bytes, 1 + 2 * bytes)),
        d: base64Url(fixed(material.d, bytes)),
      };
    }
  }
}

function strip(data: Uint8Array): Uint8Array {
  let start = 0;
  while (start < data.length - 1 && data[start] === 0) start += 1;
  return data.subarray(start);
}
