import { ECDSA_CURVES, sshKeyTypeName, type SshKeyMaterial } from './key-material.js';
import { SshWriter, stripLeadingZeros, toBase64 } from './ssh-wire.js';

/** The public key blob (RFC 4253 section 6.6 and its Ed25519/ECDSA successors). */
export function publicKeyBlob(material: SshKeyMaterial): Uint8Array {
  const writer = new SshWriter().string(sshKeyTypeName(material));
  switch (material.type) {
    case 'ed25519':
      writer.string(material.publicKey);
      break;
    case 'rsa':
      writer.mpint(material.e).mpint(material.n);
      break;
    case 'ecdsa':
      writer.string(material.curve).string(material.q);
      break;
  }
  return writer.toBytes();
}

/** One `authorized_keys` line: `type base64 [comment]`. */
export function openSshPublicKeyLine(material: SshKeyMaterial, comment = ''): string {
  const line = `${sshKeyTypeName(material)} ${toBase64(publicKeyBlob(material))}`;
  return comment ? `${line} ${comment}` : line;
}

/** The key size ssh-keygen reports: modulus bits for RSA, the curve size otherwise. */
export function keyBits(material: SshKeyMaterial): number {
  switch (material.type) {
    case 'ed25519':
      return 256;
    case 'rsa': {
      const n = stripLeadingZeros(material.n);
      return n.length === 0 ? 0 : (n.length - 1) * 8 + (32 - Math.clz32(n[0]!));
    }
    case 'ecdsa':
      return ECDSA_CURVES[material.curve].bits;
  }
}
