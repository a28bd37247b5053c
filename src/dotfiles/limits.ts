/** The manager refuses a script or a dotfile over this many UTF-8 bytes (MAXIMUM_DOTFILE_SIZE). */
export const MAX_SCRIPT_BYTES = 64 * 1024;

/** The manager refuses to create a dotfile once a user has this many. */
export const MAX_DOTFILES = 100;

/** From this size on the editor shows a live byte counter, so the limit never comes as a surprise. */
export const NEAR_LIMIT_BYTES = Math.floor(MAX_SCRIPT_BYTES * 0.8);

const encoder = new TextEncoder();

/** Bytes the text takes as UTF-8, the way the manager counts it. */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

export type SizeCheck = { ok: true; bytes: number } | { ok: false; bytes: number; limit: number };

export function checkScriptSize(text: string): SizeCheck {
  const bytes = utf8ByteLength(text);
  return bytes <= MAX_SCRIPT_BYTES ? { ok: true, bytes } : { ok: false, bytes, limit: MAX_SCRIPT_BYTES };
}

/** Whether one more dotfile may be created when the manager already holds `count`. */
export function canCreateDotfile(count: number): boolean {
  return count < MAX_DOTFILES;
}
