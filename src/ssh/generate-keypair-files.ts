import { generateKeyMaterial, type GeneratedKeyType } from './generate-keypair.js';
import { keypairFiles, type KeypairFiles } from './keypair-files.js';

export type { GeneratedKeyType, KeypairFiles };

/** A new keypair made in the browser, with its public key line and both private key files. */
export async function generateKeypairFiles(type: GeneratedKeyType, comment = ''): Promise<KeypairFiles> {
  return keypairFiles(await generateKeyMaterial(type), comment);
}
