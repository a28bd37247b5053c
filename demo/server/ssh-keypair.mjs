// SSH keypairs as the manager handles them: generated as RSA 2048 with a PEM
// ("RSA PRIVATE KEY") private key and an OpenSSH public key; uploaded pairs checked to
// belong together before they are stored. Besides PEM, uploads may carry OpenSSH
// private keys, the format ssh-keygen and the settings page's generator write.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { publicJwkOfOpenSshKey } from './openssh-private-key.mjs';

function sshString(bytes) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function mpint(base64url) {
  let bytes = Buffer.from(base64url, 'base64url');
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return sshString(bytes);
}

function rsaPublicKeyLine(jwk) {
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return `ssh-rsa ${blob.toString('base64')}`;
}

export function generateKeypair() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicExponent: 65537,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  return { publicKey: rsaPublicKeyLine(publicKey.export({ format: 'jwk' })), privateKey };
}

function readFields(blob) {
  const fields = [];
  let offset = 0;
  while (offset < blob.length) {
    if (offset + 4 > blob.length) throw new Error('truncated');
    const length = blob.readUInt32BE(offset);
    if (offset + 4 + length > blob.length) throw new Error('truncated');
    fields.push(blob.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return fields;
}

const unsigned = (bytes) => {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  return bytes.subarray(start).toString('base64url');
};

const CURVES = { nistp256: 'P-256', nistp384: 'P-384', nistp521: 'P-521' };

/** The comparable public part of an OpenSSH public key line, or null when it is not one. */
function parsePublicKey(line) {
  const [type, base64] = line.trim().split(/\s+/);
  if (!type || !base64 || !/^[A-Za-z0-9+/]+=*$/.test(base64)) return null;
  try {
    const fields = readFields(Buffer.from(base64, 'base64'));
    if (fields[0]?.toString() !== type) return null;
    if (type === 'ssh-rsa' && fields.length === 3) return { kty: 'RSA', e: unsigned(fields[1]), n: unsigned(fields[2]) };
    if (type === 'ssh-ed25519' && fields.length === 2 && fields[1].length === 32) {
      return { kty: 'OKP', crv: 'Ed25519', x: fields[1].toString('base64url') };
    }
    const curve = CURVES[type.replace('ecdsa-sha2-', '')];
    if (curve && fields.length === 3 && fields[2][0] === 4) {
      const size = (fields[2].length - 1) / 2;
      return { kty: 'EC', crv: curve, x: fields[2].subarray(1, 1 + size).toString('base64url'), y: fields[2].subarray(1 + size).toString('base64url') };
    }
  } catch {
    return null;
  }
  return null;
}

function sameKey(a, b) {
  const keys = a.kty === 'RSA' ? ['kty', 'n', 'e'] : a.kty === 'OKP' ? ['kty', 'crv', 'x'] : ['kty', 'crv', 'x', 'y'];
  return keys.every((key) => a[key] === b[key]);
}

/** Why an uploaded pair is refused (the manager's wording), or null when it is a matching pair. */
export function keypairProblem(publicKeyLine, privateKeyPem) {
  let derived;
  try {
    derived = privateKeyPem.includes('-----BEGIN OPENSSH PRIVATE KEY-----')
      ? publicJwkOfOpenSshKey(privateKeyPem)
      : createPublicKey(createPrivateKey({ key: privateKeyPem, format: 'pem' })).export({ format: 'jwk' });
  } catch {
    return 'Invalid private key format';
  }
  const given = parsePublicKey(publicKeyLine);
  if (given === null) return 'Invalid public key format';
  if (given.kty !== derived.kty || (given.crv ?? null) !== (derived.crv ?? null)) {
    return `Unsupported pair of keys: private=${derived.crv ?? derived.kty}, public=${given.crv ?? given.kty}`;
  }
  return sameKey(given, derived) ? null : 'Keypair does not match';
}
