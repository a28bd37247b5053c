import { createStore, get, set, type UseStore } from 'idb-keyval';

/** A namespace no other test (in this or another file running at the same time) uses. */
export function uniqueNamespace(label = 'test'): string {
  return `${label}-${crypto.randomUUID()}`;
}

let raw: UseStore | undefined;
/** The preferences object store, read and written directly as another program would. */
export function rawStore(): UseStore {
  raw ??= createStore('bai-user-settings', 'preferences');
  return raw;
}

export const readRecord = (key: string): Promise<unknown> => get(key, rawStore());
export const writeRecord = (key: string, value: unknown): Promise<void> => set(key, value, rawStore());

/** Collects console.warn calls until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

export function legacySource(values: Record<string, string>): Pick<Storage, 'getItem'> {
  return { getItem: (name) => (Object.hasOwn(values, name) ? values[name]! : null) };
}

/** Resolves when `condition` holds, polling on a timer; rejects after `timeoutMs` (generous: CI runs two browsers at once). */
export async function until(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
