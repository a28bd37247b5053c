/** The most UTF-8 bytes of request parameters (or a response) one entry keeps. */
export const MAX_STORED_BYTES = 16 * 1024;

/** Appended to text that was cut; the number is the original size in bytes. */
export function truncationMarker(originalBytes: number): string {
  return `… [TRUNCATED: ${originalBytes} bytes]`;
}

const encoder = new TextEncoder();

function fits(text: string): boolean {
  // Most values are far below the limit: skip the encoding when even 3 bytes a unit fit.
  return text.length * 3 <= MAX_STORED_BYTES || encoder.encode(text).length <= MAX_STORED_BYTES;
}

function cutToBytes(text: string, maxBytes: number): string {
  const bytes = encoder.encode(text).subarray(0, maxBytes);
  // A character split by the cut decodes to U+FFFD at the end; drop it.
  return new TextDecoder().decode(bytes).replace(/\uFFFD$/, '');
}

/**
 * `value` itself when its JSON form fits in MAX_STORED_BYTES; otherwise the start of that
 * JSON text followed by a marker saying how large it was, so one huge request cannot
 * fill the log's storage.
 */
export function limitSize(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return undefined;
  if (fits(text)) return value;
  const size = encoder.encode(text).length;
  return cutToBytes(text, MAX_STORED_BYTES) + truncationMarker(size);
}
