// A web-test-runner server command that hands a key to the real OpenSSH and PuTTY tools,
// so browser tests can prove that the files they produce are what those tools accept.
import { execFile } from 'node:child_process';
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command, args) {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function sshString(bytes) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function mpint(base64url) {
  const bytes = Buffer.from(base64url, 'base64url');
  return sshString(bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

const CURVE_NAMES = { 'P-256': 'nistp256', 'P-384': 'nistp384', 'P-521': 'nistp521' };

/** The public key line of a JWK, written here with Node's numbers, apart from the browser code. */
function publicKeyLine(jwk) {
  if (jwk.kty === 'OKP') return `ssh-ed25519 ${Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(Buffer.from(jwk.x, 'base64url'))]).toString('base64')}`;
  if (jwk.kty === 'RSA') return `ssh-rsa ${Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]).toString('base64')}`;
  const curve = CURVE_NAMES[jwk.crv];
  const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  const type = `ecdsa-sha2-${curve}`;
  return `${type} ${Buffer.concat([sshString(Buffer.from(type)), sshString(Buffer.from(curve)), sshString(point)]).toString('base64')}`;
}

/**
 * An unencrypted OpenSSH key file for the Ed25519 key Node read, so that ssh-keygen
 * releases that cannot load Ed25519 from PEM (OpenSSH before 9.6) can still judge the
 * seed and public key OpenSSL found in the PEM.
 */
function ed25519OpenSshFile(jwk) {
  const seed = Buffer.from(jwk.d, 'base64url');
  const point = Buffer.from(jwk.x, 'base64url');
  const publicBlob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(point)]);
  const check = randomBytes(4);
  let secret = Buffer.concat([check, check, sshString(Buffer.from('ssh-ed25519')), sshString(point), sshString(Buffer.concat([seed, point])), sshString(Buffer.alloc(0))]);
  for (let pad = 1; secret.length % 8 !== 0; pad += 1) secret = Buffer.concat([secret, Buffer.from([pad])]);
  const none = sshString(Buffer.from('none'));
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), none, none, sshString(Buffer.alloc(0)), Buffer.from([0, 0, 0, 1]), sshString(publicBlob), sshString(secret)]);
  const lines = body.toString('base64').match(/.{1,70}/g);
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
}

/** A private key as the manager's PEM loader and ssh-keygen see it. */
async function checkPem(dir, key) {
  let node;
  let jwk;
  try {
    const privateKey = createPrivateKey({ key, format: 'pem' });
    jwk = createPublicKey(privateKey).export({ format: 'jwk' });
    node = { code: 0, type: privateKey.asymmetricKeyType, publicKey: publicKeyLine(jwk) };
  } catch (error) {
    node = { code: 1, stderr: String(error?.message ?? error) };
  }
  const file = join(dir, 'key');
  await writeFile(file, key, { mode: 0o600 });
  const result = { node, sshKeygen: await run('ssh-keygen', ['-y', '-f', file]) };
  if (node.type === 'ed25519') {
    const rewritten = join(dir, 'rewritten');
    const full = createPrivateKey({ key, format: 'pem' }).export({ format: 'jwk' });
    await writeFile(rewritten, ed25519OpenSshFile(full), { mode: 0o600 });
    result.sshKeygenOfSeed = await run('ssh-keygen', ['-y', '-f', rewritten]);
  }
  return result;
}

/**
 * payload: { key: string, format: 'openssh' | 'ppk' | 'public' }.
 * openssh: `ssh-keygen -y -f` (public key) and `ssh-keygen -l -f` (fingerprint).
 * public: `ssh-keygen -l -f`. ppk: `puttygen KEY.ppk -O private-openssh-new`, which checks
 * the Private-MAC, then `ssh-keygen -y` on its output.
 * pem: Node's `crypto.createPrivateKey` (as OpenSSL reads PEM for the manager's Python
 * cryptography) with the public key line it derives, and `ssh-keygen -y -f`; for Ed25519
 * also `ssh-keygen -y` on the same seed rewritten as an OpenSSH file.
 * generate: `ssh-keygen -t TYPE [-b BITS] [-m PEM] -N PASSPHRASE`, returning both keys.
 */
async function sshTools(payload) {
  const dir = await mkdtemp(join(tmpdir(), 'bai-ssh-'));
  try {
    if (payload.format === 'generate') {
      const file = join(dir, 'key');
      const args = ['-q', '-t', payload.type ?? 'rsa', '-N', payload.passphrase ?? '', '-C', payload.comment ?? '', '-f', file];
      if (payload.bits) args.push('-b', String(payload.bits));
      if (payload.pem) args.push('-m', 'PEM');
      const made = await run('ssh-keygen', args);
      if (made.code !== 0) return { ...made, key: '', publicKey: '' };
      return { ...made, key: await readFile(file, 'utf8'), publicKey: await readFile(`${file}.pub`, 'utf8') };
    }
    if (payload.format === 'pem') return await checkPem(dir, payload.key);
    if (payload.format === 'public') {
      const file = join(dir, 'key.pub');
      await writeFile(file, payload.key);
      return { fingerprint: await run('ssh-keygen', ['-l', '-f', file]) };
    }
    if (payload.format === 'ppk') {
      const file = join(dir, 'key.ppk');
      const out = join(dir, 'converted');
      await writeFile(file, payload.key, { mode: 0o600 });
      const converted = await run('puttygen', [file, '-O', 'private-openssh-new', '-o', out]);
      if (converted.code !== 0) return { converted };
      return { converted, publicKey: await run('ssh-keygen', ['-y', '-f', out]) };
    }
    const file = join(dir, 'key');
    await writeFile(file, payload.key, { mode: 0o600 });
    return {
      publicKey: await run('ssh-keygen', ['-y', '-f', file]),
      fingerprint: await run('ssh-keygen', ['-l', '-f', file]),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function sshToolsPlugin() {
  return {
    name: 'ssh-tools',
    async executeCommand({ command, payload }) {
      if (command !== 'ssh-tools') return undefined;
      return sshTools(payload);
    },
  };
}
