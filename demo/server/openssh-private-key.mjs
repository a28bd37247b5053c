// Reads unencrypted OpenSSH private keys ("-----BEGIN OPENSSH PRIVATE KEY-----", what
// ssh-keygen and the settings page's own generator write) far enough to derive their
// public key, which Node's crypto cannot do from this format.
import { createECDH, createPrivateKey, createPublicKey } from 'node:crypto';

const MAGIC = 'openssh-key-v1\0';
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ECDH_CURVES = { nistp256: ['prime256v1', 'P-256'], nistp384: ['secp384r1', 'P-384'], nistp521: ['secp521r1', 'P-521'] };

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.offset = 0;
  }

  uint32() {
    if (this.offset + 4 > this.bytes.length) throw new Error('truncated');
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  string() {
    const length = this.uint32();
    if (this.offset + length > this.bytes.length) throw new Error('truncated');
    const value = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }
}

const bigint = (bytes) => (bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`));
const base64url = (bytes) => {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  return bytes.subarray(start).toString('base64url');
};

/**
 * The public key (as a JWK) that an OpenSSH private key's secret material belongs to,
 * computed from the secret parts; throws when the text is not such a key.
 */
export function publicJwkOfOpenSshKey(text) {
  const base64 = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text)?.[1];
  if (!base64) throw new Error('not an OpenSSH private key');
  const bytes = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not an OpenSSH private key');
  const outer = new Reader(bytes.subarray(MAGIC.length));
  if (outer.string().toString() !== 'none') throw new Error('encrypted');
  outer.string();
  outer.string();
  if (outer.uint32() !== 1) throw new Error('one key expected');
  outer.string();
  const inner = new Reader(outer.string());
  if (inner.uint32() !== inner.uint32()) throw new Error('corrupt');
  const type = inner.string().toString();
  if (type === 'ssh-ed25519') {
    inner.string();
    const secret = inner.string();
    const key = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, secret.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
    return createPublicKey(key).export({ format: 'jwk' });
  }
  if (type === 'ssh-rsa') {
    const [n, e, , , p, q] = Array.from({ length: 6 }, () => inner.string());
    if (bigint(p) * bigint(q) !== bigint(n)) throw new Error('inconsistent RSA key');
    return { kty: 'RSA', n: base64url(n), e: base64url(e) };
  }
  const curve = ECDH_CURVES[type.replace('ecdsa-sha2-', '')];
  if (curve) {
    inner.string();
    inner.string();
    const ecdh = createECDH(curve[0]);
    ecdh.setPrivateKey(Buffer.from(base64url(inner.string()), 'base64url'));
    const point = ecdh.getPublicKey();
    const size = (point.length - 1) / 2;
    return { kty: 'EC', crv: curve[1], x: point.subarray(1, 1 + size).toString('base64url'), y: point.subarray(1 + size).toString('base64url') };
  }
  throw new Error(`unsupported key type ${type}`);
}
