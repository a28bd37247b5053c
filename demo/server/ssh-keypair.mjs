// SSH keypairs as the manager handles them: generated as RSA 2048 with a PEM
// ("RSA PRIVATE KEY") private key and an OpenSSH public key; uploaded pairs validated as
// the manager does: the private key must be unencrypted PEM (PKCS#8, PKCS#1 or SEC1; an
// OpenSSH-format key is refused), the public key an OpenSSH line, and the pair is proved
// by signing a random message (RSA PKCS#1 v1.5 / SHA-256, ECDSA / SHA-256, Ed25519).
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';

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

/** The public key (as a JWK) of an OpenSSH public key line, or null when it is not one. */
function publicJwk(line) {
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

/** Like the manager's load_ssh_public_key: null when the line is no OpenSSH public key. */
function loadPublicKey(line) {
  const jwk = publicJwk(line);
  if (jwk === null) return null;
  try {
    // Refuses, among others, an ECDSA point that is not on its curve.
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    return null;
  }
}

const SIGNING_HASH = { rsa: 'sha256', ec: 'sha256', ed25519: null };

function keyTypeName(key) {
  return key.asymmetricKeyType === 'ec' ? `ec ${key.asymmetricKeyDetails?.namedCurve}` : key.asymmetricKeyType;
}

/** Why an uploaded pair is refused (the manager's wording), or null when it is a matching pair. */
export function keypairProblem(publicKeyLine, privateKeyPem) {
  let privateKey;
  try {
    // Like the manager's load_pem_private_key(password=None): PEM only, never encrypted.
    privateKey = createPrivateKey({ key: privateKeyPem, format: 'pem' });
  } catch {
    return 'Invalid private key format';
  }
  const publicKey = loadPublicKey(publicKeyLine);
  if (publicKey === null) return 'Invalid public key format';
  const hash = SIGNING_HASH[privateKey.asymmetricKeyType];
  if (hash === undefined || privateKey.asymmetricKeyType !== publicKey.asymmetricKeyType) {
    return `Unsupported pair of keys: private=${keyTypeName(privateKey)}, public=${keyTypeName(publicKey)}`;
  }
  const message = randomBytes(32);
  try {
    return verify(hash, message, publicKey, sign(hash, message, privateKey)) ? null : 'Keypair does not match';
  } catch {
    // A signature from another curve's key is not even readable with this public key.
    return 'Keypair does not match';
  }
}
