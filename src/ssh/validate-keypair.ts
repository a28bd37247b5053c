import sshpk from 'sshpk';
import type { SshKeyMaterial } from './key-material.js';
import type { KeyProblem } from './key-problem.js';
import { privateKeyForManager } from './manager-private-key.js';
import { provesPossession } from './prove-possession.js';
import { publicKeyBlob } from './public-key.js';
import { materialFromSshpk } from './sshpk-material.js';
import { bytesEqual, fromBase64 } from './ssh-wire.js';

/** Key files are a few KiB; anything far larger was picked by mistake. */
export const MAX_KEY_TEXT_LENGTH = 64 * 1024;
export const MIN_RSA_BITS = 2048;

const SUPPORTED_TYPES = new Set(['rsa', 'ed25519', 'ecdsa']);
const PUBLIC_KEY_START = /^(ssh-|ecdsa-sha2-|sk-)/;
const PRIVATE_PEM = /-----BEGIN (OPENSSH |RSA |EC )?PRIVATE KEY-----/;
const ENCRYPTED_PEM = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/;

export type KeypairValidation =
  /** `privateKey` is in the PEM form the manager loads; the user's text may have been OpenSSH. */
  | { ok: true; publicKey: string; privateKey: string; material: SshKeyMaterial }
  | { ok: false; problems: KeyProblem[] };

type Checked<T> = { ok: true; key: T } | { ok: false; problem: KeyProblem };

function typeProblem(field: 'publicKey' | 'privateKey', key: sshpk.Key | sshpk.PrivateKey): KeyProblem | undefined {
  if (!SUPPORTED_TYPES.has(key.type)) return { field, code: 'unsupported-type', keyType: key.type.toUpperCase() };
  if (key.type === 'rsa' && key.size < MIN_RSA_BITS) return { field, code: 'rsa-too-short', bits: key.size };
  return undefined;
}

function checkPublicKey(text: string): Checked<sshpk.Key> {
  const field = 'publicKey';
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { field, code: 'missing' } };
  if (trimmed.length > MAX_KEY_TEXT_LENGTH) return { ok: false, problem: { field, code: 'too-large' } };
  if (/PRIVATE KEY-----|^PuTTY-User-Key-File/.test(trimmed)) return { ok: false, problem: { field, code: 'private-key-in-public-field' } };
  if (trimmed.includes('\n') || !PUBLIC_KEY_START.test(trimmed)) return { ok: false, problem: { field, code: 'not-openssh-public-key' } };
  let key: sshpk.Key;
  try {
    key = sshpk.parseKey(trimmed, 'ssh');
  } catch {
    return { ok: false, problem: { field, code: 'not-openssh-public-key' } };
  }
  const problem = typeProblem(field, key);
  if (problem) return { ok: false, problem };
  // sshpk ignores bytes after the key; OpenSSH refuses such a line, so it is refused here too.
  if (!bytesEqual(decodedBlob(trimmed), publicBlob(key))) return { ok: false, problem: { field, code: 'not-openssh-public-key' } };
  return { ok: true, key };
}

function decodedBlob(line: string): Uint8Array {
  try {
    return fromBase64(line.split(/\s+/)[1] ?? '');
  } catch {
    return new Uint8Array(0);
  }
}

function checkPrivateKey(text: string): Checked<sshpk.PrivateKey> {
  const field = 'privateKey';
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: { field, code: 'missing' } };
  if (trimmed.length > MAX_KEY_TEXT_LENGTH) return { ok: false, problem: { field, code: 'too-large' } };
  if (trimmed.startsWith('PuTTY-User-Key-File')) return { ok: false, problem: { field, code: 'putty-file' } };
  if (PUBLIC_KEY_START.test(trimmed)) return { ok: false, problem: { field, code: 'public-key-in-private-field' } };
  if (ENCRYPTED_PEM.test(trimmed)) return { ok: false, problem: { field, code: 'encrypted' } };
  if (!PRIVATE_PEM.test(trimmed)) return { ok: false, problem: { field, code: 'not-private-key' } };
  let key: sshpk.PrivateKey;
  try {
    key = sshpk.parsePrivateKey(`${trimmed}\n`, 'auto');
  } catch (error) {
    const encrypted = (error as Error | undefined)?.name === 'KeyEncryptedError';
    return { ok: false, problem: { field, code: encrypted ? 'encrypted' : 'not-private-key' } };
  }
  const problem = typeProblem(field, key);
  return problem ? { ok: false, problem } : { ok: true, key };
}

function publicBlob(key: sshpk.Key): Uint8Array {
  return new Uint8Array(key.toBuffer('rfc4253'));
}

/**
 * Checks a public and a private key a user entered before anything is sent: each one's
 * format, type and size, then that the private key belongs to the public key. Never
 * throws; every refusal is a problem the dialog can name. A valid pair comes back ready
 * to send: the public key trimmed, the private key in the PEM form the manager loads.
 */
export async function validateKeypair(publicText: string, privateText: string): Promise<KeypairValidation> {
  const publicKey = checkPublicKey(publicText);
  const privateKey = checkPrivateKey(privateText);
  const problems: KeyProblem[] = [];
  if (!publicKey.ok) problems.push(publicKey.problem);
  if (!privateKey.ok) problems.push(privateKey.problem);
  if (!publicKey.ok || !privateKey.ok) return { ok: false, problems };

  let material: SshKeyMaterial;
  try {
    material = materialFromSshpk(privateKey.key);
  } catch {
    return { ok: false, problems: [{ field: 'privateKey', code: 'damaged' }] };
  }
  if (!bytesEqual(publicKeyBlob(material), publicBlob(publicKey.key))) {
    return { ok: false, problems: [{ field: 'pair', code: 'mismatch' }] };
  }
  if (!(await provesPossession(material))) return { ok: false, problems: [{ field: 'privateKey', code: 'damaged' }] };
  let privateKeyText: string;
  try {
    privateKeyText = await privateKeyForManager(privateText, material);
  } catch {
    return { ok: false, problems: [{ field: 'privateKey', code: 'damaged' }] };
  }
  return { ok: true, publicKey: publicText.trim(), privateKey: privateKeyText, material };
}
