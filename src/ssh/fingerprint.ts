import { readPublicKeyLine } from './public-key-line.js';
import { toBase64 } from './ssh-wire.js';

/** `SHA256:` and the unpadded base64 of the blob's SHA-256, as OpenSSH prints fingerprints. */
export async function sha256Fingerprint(blob: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', blob as Uint8Array<ArrayBuffer>));
  return `SHA256:${toBase64(digest).replace(/=+$/, '')}`;
}

const TYPE_LABELS: Record<string, string> = {
  'ssh-ed25519': 'ED25519',
  'ssh-rsa': 'RSA',
  'ecdsa-sha2-nistp256': 'ECDSA',
  'ecdsa-sha2-nistp384': 'ECDSA',
  'ecdsa-sha2-nistp521': 'ECDSA',
};

export interface PublicKeyFingerprint {
  fingerprint: string;
  bits: number;
  /** The key type as ssh-keygen labels it: `ED25519`, `RSA`, `ECDSA`. */
  typeLabel: string;
  comment: string;
  /** The whole line `ssh-keygen -l -f` prints for this key. */
  line: string;
}

/** The fingerprint of an OpenSSH public key line; undefined when the line is not a key. */
export async function fingerprintPublicKey(text: string): Promise<PublicKeyFingerprint | undefined> {
  const key = readPublicKeyLine(text);
  if (!key) return undefined;
  const fingerprint = await sha256Fingerprint(key.blob);
  const typeLabel = TYPE_LABELS[key.type] ?? key.type;
  const line = `${key.bits} ${fingerprint} ${key.comment || 'no comment'} (${typeLabel})`;
  return { fingerprint, bits: key.bits, typeLabel, comment: key.comment, line };
}
