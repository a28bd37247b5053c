/** Key files are a few KiB; a larger pick is the wrong file. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

/** The text of a picked key file, or undefined when the file is too large to be a key. */
export async function readKeyFile(file: File): Promise<string | undefined> {
  if (file.size > MAX_KEY_FILE_BYTES) return undefined;
  return file.text();
}
