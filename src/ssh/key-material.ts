/** The numbers that make up a private key, independent of any file format. Integers are big-endian magnitudes. */
export type SshKeyMaterial = Ed25519KeyMaterial | RsaKeyMaterial | EcdsaKeyMaterial;

export interface Ed25519KeyMaterial {
  type: 'ed25519';
  /** The 32-byte public point. */
  publicKey: Uint8Array;
  /** The 32-byte private seed. */
  seed: Uint8Array;
}

export interface RsaKeyMaterial {
  type: 'rsa';
  n: Uint8Array;
  e: Uint8Array;
  d: Uint8Array;
  p: Uint8Array;
  q: Uint8Array;
  /** q⁻¹ mod p, the CRT coefficient (JWK `qi`). */
  iqmp: Uint8Array;
}

export type EcdsaCurve = 'nistp256' | 'nistp384' | 'nistp521';

export interface EcdsaKeyMaterial {
  type: 'ecdsa';
  curve: EcdsaCurve;
  /** The uncompressed public point (0x04 ‖ x ‖ y). */
  q: Uint8Array;
  d: Uint8Array;
}

export const ECDSA_CURVES: Record<EcdsaCurve, { webCrypto: string; bits: number; bytes: number }> = {
  nistp256: { webCrypto: 'P-256', bits: 256, bytes: 32 },
  nistp384: { webCrypto: 'P-384', bits: 384, bytes: 48 },
  nistp521: { webCrypto: 'P-521', bits: 521, bytes: 66 },
};

/** The SSH algorithm name of a key, as in public key lines and key files. */
export function sshKeyTypeName(material: SshKeyMaterial): string {
  switch (material.type) {
    case 'ed25519':
      return 'ssh-ed25519';
    case 'rsa':
      return 'ssh-rsa';
    case 'ecdsa':
      return `ecdsa-sha2-${material.curve}`;
  }
}

/** The usual file name for the private key, as ssh-keygen names it. */
export function privateKeyFileName(material: SshKeyMaterial): string {
  return `id_${material.type}`;
}
