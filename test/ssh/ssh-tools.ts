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

/** A fresh RSA key from `ssh-keygen -m PEM`, the format the manager generates. */
export async function pemKeyFromSshKeygen(bits = 2048): Promise<string> {
  const made = await executeServerCommand<{ code: number; key: string; stderr: string }, object>('ssh-tools', { format: 'generate-pem', bits });
  if (made.code !== 0) throw new Error(made.stderr);
  return made.key;
}

/** The key type and base64 of a public key line, without its comment. */
export function keyPart(line: string): string {
  return line.trim().split(/\s+/).slice(0, 2).join(' ');
}
