import { msg } from '@lit/localize';
import { describeRequestFailure } from '../../protocol/request-failure-message.js';
import { sendRequest, type RequestOutcome } from '../../protocol/send-request.js';
import type { SshKeypair } from '../../protocol/request-map.js';
import type { GeneratedKeypair, GeneratedKeyType, KeypairFiles } from '../../ssh/generate-keypair-files.js';
import type { KeypairValidation } from '../../ssh/validate-keypair.js';

/** Where a new keypair comes from: the manager (its own RSA 2048), or this browser. */
export type KeySource = 'manager' | GeneratedKeyType;

type Failure = Exclude<RequestOutcome<unknown>, { ok: true }>;

export type CurrentKey = { ok: true; publicKey: string | null; fingerprint: string } | { ok: false; failure: Failure };

/** A new pair on show, or the sentence that says why there is none. */
export type NewKeypair = { ok: true; files: KeypairFiles; convertible: boolean } | { ok: false; message: string };

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
export async function fetchCurrentKey(source: EventTarget): Promise<CurrentKey> {
  const outcome = await sendRequest(source, 'bai-ssh-keypair-fetch', {});
  if (!outcome.ok) return { ok: false, failure: outcome };
  const publicKey = outcome.value?.publicKey?.trim() || null;
  return { ok: true, publicKey, fingerprint: publicKey ? await fingerprintOf(publicKey) : '' };
}

/**
 * Makes a new keypair and has the manager keep it. A browser-made key is registered
 * (the only event that carries a private key); the manager's own is asked for.
 */
export async function createKeypair(source: EventTarget, from: KeySource): Promise<NewKeypair> {
  if (from !== 'manager') {
    let generated: GeneratedKeypair;
    try {
      const { generateKeypairFiles } = await loadGenerator();
      generated = await generateKeypairFiles(from);
    } catch {
      return {
        ok: false,
        message: msg('This browser cannot make this kind of key: choose another type, or let the manager generate it.', {
          id: 'sshKeypair.BrowserCannotGenerate',
        }),
      };
    }
    // The user keeps the OpenSSH files; the manager is given the PEM it can load.
    const { pkcs8PrivateKey, ...files } = generated;
    const outcome = await sendRequest(source, 'bai-ssh-keypair-register', { publicKey: files.publicKey, privateKey: pkcs8PrivateKey });
    return outcome.ok ? { ok: true, files, convertible: true } : { ok: false, message: describeRequestFailure(outcome) };
  }
  const outcome = await sendRequest(source, 'bai-ssh-keypair-generate', {});
  if (!outcome.ok) return { ok: false, message: describeRequestFailure(outcome) };
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
export async function registerKeypair(source: EventTarget, pair: SshKeypair): Promise<CurrentKey> {
  const outcome = await sendRequest(source, 'bai-ssh-keypair-register', pair);
  if (!outcome.ok) return { ok: false, failure: outcome };
  const publicKey = outcome.value?.publicKey?.trim() || pair.publicKey;
  return { ok: true, publicKey, fingerprint: await fingerprintOf(publicKey) };
}
