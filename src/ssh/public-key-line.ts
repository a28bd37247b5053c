import { ECDSA_CURVES, type EcdsaCurve } from './key-material.js';
import { fromBase64, SshReader, stripLeadingZeros } from './ssh-wire.js';

export interface PublicKeyLine {
  /** The SSH algorithm name, such as `ssh-ed25519`. */
  type: string;
  blob: Uint8Array;
  comment: string;
  bits: number;
}

const LINE = /^(\S+)\s+([A-Za-z0-9+/]+={0,2})(?:\s+(.*))?$/;

function bitsOf(type: string, reader: SshReader): number | undefined {
  if (type === 'ssh-ed25519') return reader.string().length === 32 ? 256 : undefined;
  if (type === 'ssh-rsa') {
    reader.string();
    const n = stripLeadingZeros(reader.string());
    return n.length === 0 ? undefined : (n.length - 1) * 8 + (32 - Math.clz32(n[0]!));
  }
  const curve = /^ecdsa-sha2-(nistp256|nistp384|nistp521)$/.exec(type)?.[1] as EcdsaCurve | undefined;
  if (curve && reader.text() === curve) {
    reader.string();
    return ECDSA_CURVES[curve].bits;
  }
  return undefined;
}

/**
 * Reads one OpenSSH public key line without sshpk, enough to show its fingerprint.
 * Undefined when the text is not a well-formed line of a key type this library knows.
 */
export function readPublicKeyLine(text: string): PublicKeyLine | undefined {
  const match = LINE.exec(text.trim());
  if (!match) return undefined;
  const [, type, base64, comment = ''] = match;
  try {
    const blob = fromBase64(base64!);
    const reader = new SshReader(blob);
    if (reader.text() !== type) return undefined;
    const bits = bitsOf(type!, reader);
    if (bits === undefined || !reader.atEnd) return undefined;
    return { type: type!, blob, comment: comment.trim(), bits };
  } catch {
    return undefined;
  }
}
