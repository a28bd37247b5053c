// A web-test-runner server command that hands a key to the real OpenSSH and PuTTY tools,
// so browser tests can prove that the files they produce are what those tools accept.
import { execFile } from 'node:child_process';
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

/**
 * payload: { key: string, format: 'openssh' | 'ppk' | 'public' }.
 * openssh: `ssh-keygen -y -f` (public key) and `ssh-keygen -l -f` (fingerprint).
 * public: `ssh-keygen -l -f`. ppk: `puttygen KEY.ppk -O private-openssh-new`, which checks
 * the Private-MAC, then `ssh-keygen -y` on its output.
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
