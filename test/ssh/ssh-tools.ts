import { executeServerCommand } from '@web/test-runner-commands';

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `ssh-keygen -y -f` and `ssh-keygen -l -f` on an OpenSSH or PEM private key file. */
export function checkPrivateKeyFile(key: string): Promise<{ publicKey: ToolRun; fingerprint: ToolRun }> {
  return executeServerCommand('ssh-tools', { format: 'openssh', key });
}

/** `ssh-keygen -l -f` on a public key line. */
export function checkPublicKeyFile(key: string): Promise<{ fingerprint: ToolRun }> {
  return executeServerCommand('ssh-tools', { format: 'public', key });
}

/** `puttygen KEY.ppk -O private-openssh-new` (checks the MAC), then `ssh-keygen -y` on the result. */
export function checkPpkFile(key: string): Promise<{ converted: ToolRun; publicKey?: ToolRun }> {
  return executeServerCommand('ssh-tools', { format: 'ppk', key });
}

export interface SshKeygenOptions {
  type?: 'rsa' | 'ed25519' | 'ecdsa' | 'dsa';
  bits?: number;
  pem?: boolean;
  passphrase?: string;
  comment?: string;
}

/** A fresh keypair from `ssh-keygen`. */
export async function keypairFromSshKeygen(options: SshKeygenOptions = {}): Promise<{ key: string; publicKey: string }> {
  const made = await executeServerCommand<{ code: number; key: string; publicKey: string; stderr: string }, object>('ssh-tools', {
    format: 'generate',
    ...options,
  });
  if (made.code !== 0) throw new Error(made.stderr);
  return { key: made.key, publicKey: made.publicKey.trim() };
}

/** A fresh RSA key from `ssh-keygen -m PEM`, the format the manager generates. */
export async function pemKeyFromSshKeygen(bits = 2048): Promise<string> {
  return (await keypairFromSshKeygen({ type: 'rsa', bits, pem: true })).key;
}

/** The key type and base64 of a public key line, without its comment. */
export function keyPart(line: string): string {
  return line.trim().split(/\s+/).slice(0, 2).join(' ');
}

export interface PemCheck {
  /** Node's `crypto.createPrivateKey`: the key type and the public key line it derives. */
  node: { code: number; type?: string; publicKey?: string; stderr?: string };
  /** `ssh-keygen -y -f` on the PEM file itself. */
  sshKeygen: ToolRun;
  /** Ed25519 only: `ssh-keygen -y` on the seed Node read, written as an OpenSSH file. */
  sshKeygenOfSeed?: ToolRun;
}

/** How the PEM loaders of the manager's kind (OpenSSL, through Node) and ssh-keygen read a private key. */
export function checkPemPrivateKey(key: string): Promise<PemCheck> {
  return executeServerCommand('ssh-tools', { format: 'pem', key });
}
