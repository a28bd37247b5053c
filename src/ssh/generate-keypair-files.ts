import { generateKeyMaterial, type GeneratedKeyType } from './generate-keypair.js';
import { keypairFiles, type KeypairFiles } from './keypair-files.js';
import { encodePkcs8PrivateKey } from './pkcs8-private-key.js';

export type { GeneratedKeyType, KeypairFiles };

/** A new keypair: the files the user gets, and the private key in the PEM form the manager loads. */
export interface GeneratedKeypair extends KeypairFiles {
  /** The same private key as PEM PKCS#8, sent to the manager when the pair is registered. */
  pkcs8PrivateKey: string;
}

/** A new keypair made in the browser, with its public key line, both private key files and its PEM for the manager. */
export async function generateKeypairFiles(type: GeneratedKeyType, comment = ''): Promise<GeneratedKeypair> {
  const material = await generateKeyMaterial(type);
  return { ...(await keypairFiles(material, comment)), pkcs8PrivateKey: await encodePkcs8PrivateKey(material) };
}
