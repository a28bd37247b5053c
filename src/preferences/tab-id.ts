/**
 * A random id for this page. `crypto.randomUUID` exists only in secure contexts, and the WebUI is
 * also served over plain HTTP inside private networks; `getRandomValues` works everywhere.
 */
export function randomTabId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
