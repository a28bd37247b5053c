import { sendRequest, type RequestOutcome } from '../../protocol/send-request.js';
import type { SshKeypair } from '../../protocol/request-map.js';
import type { GeneratedKeyType, KeypairFiles } from '../../ssh/generate-keypair-files.js';
import type { KeypairValidation } from '../../ssh/validate-keypair.js';

/** Where a new keypair comes from: the manager (its own RSA 2048), or this browser. */
export type KeySource = 'manager' | GeneratedKeyType;

type Failure = Exclude<RequestOutcome<unknown>, { ok: true }>;

export type CurrentKey = { ok: true; publicKey: string | null; fingerprint: string } | { ok: false; failure: Failure };

export type NewKeypair =
  | { ok: true; files: KeypairFiles; convertible: boolean }
  | { ok: false; failure: Failure };

// The SSH code (and sshpk) loads only when the dialog needs it, never with the page.
const loadFingerprint = () => import('../../ssh/fingerprint.js');
const loadGenerator = () => import('../../ssh/generate-keypair-files.js');
const loadManagerConversion = () => import('../../ssh/manager-keypair.js');
const loadValidation = () => import('../../ssh/validate-keypair.js');

async function fingerprintOf(publicKey: string): Promise<string> {
  const { fingerprintPublicKey } = await loadFingerprint();
  return (await fingerprintPublicKey(publicKey))?.fingerprint ?? '';
}

/** Asks the host for the current public key, with its fingerprint. */
export async function fetchCurrentKey(source: HTMLElement): Promise<CurrentKey> {
  const outcome = await sendRequest(source, 'bai-ssh-keypair-fetch', {});
  if (!outcome.ok) return { ok: false, failure: outcome };
  const publicKey = outcome.value?.publicKey?.trim() || null;
  return { ok: true, publicKey, fingerprint: publicKey ? await fingerprintOf(publicKey) : '' };
}

/**
 * Makes a new keypair and has the manager keep it. A browser-made key is registered
 * (the only event that carries a private key); the manager's own is asked for.
 */
export async function createKeypair(source: HTMLElement, from: KeySource): Promise<NewKeypair> {
  if (from !== 'manager') {
    const { generateKeypairFiles } = await loadGenerator();
    const files = await generateKeypairFiles(from);
    const outcome = await sendRequest(source, 'bai-ssh-keypair-register', { publicKey: files.publicKey, privateKey: files.privateKey });
    return outcome.ok ? { ok: true, files, convertible: true } : { ok: false, failure: outcome };
  }
  const outcome = await sendRequest(source, 'bai-ssh-keypair-generate', {});
  if (!outcome.ok) return { ok: false, failure: outcome };
  return { ok: true, ...(await filesFromManager(outcome.value)) };
}

async function filesFromManager(pair: SshKeypair): Promise<{ files: KeypairFiles; convertible: boolean }> {
  try {
    const { managerKeypairFiles } = await loadManagerConversion();
    return { files: await managerKeypairFiles(pair.publicKey, pair.privateKey), convertible: true };
  } catch {
    // Still show what the manager sent, so the user can save it; only the downloads are off.
    const files = { publicKey: pair.publicKey, fingerprint: await fingerprintOf(pair.publicKey), privateKey: pair.privateKey, ppk: '', fileName: 'id_rsa' };
    return { files, convertible: false };
  }
}

export function validateEnteredKeypair(publicKey: string, privateKey: string): Promise<KeypairValidation> {
  return loadValidation().then(({ validateKeypair }) => validateKeypair(publicKey, privateKey));
}

/** Sends a validated keypair to the manager; resolves with the public key it now has. */
export async function registerKeypair(source: HTMLElement, pair: SshKeypair): Promise<CurrentKey> {
  const outcome = await sendRequest(source, 'bai-ssh-keypair-register', pair);
  if (!outcome.ok) return { ok: false, failure: outcome };
  const publicKey = outcome.value?.publicKey?.trim() || pair.publicKey;
  return { ok: true, publicKey, fingerprint: await fingerprintOf(publicKey) };
}
