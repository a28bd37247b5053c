/** What stands in for a secret wherever one was found. */
export const REDACTED = '[REDACTED]';

// DESIGN.md section 6, compared in lower case.
const SECRET_PROPERTY_NAMES = new Set(
  [
    'privkey',
    'private_key',
    'ssh_private_key',
    'privateKey',
    'password',
    'passwd',
    'secret',
    'secret_key',
    'secretKey',
    'token',
    'access_token',
    'refresh_token',
    'authorization',
    'cookie',
  ].map((name) => name.toLowerCase()),
);

// A PEM private key of any kind (RSA, EC, OPENSSH, ENCRYPTED, none); a block cut short
// before its END line is still secret, so it runs to the end of the string.
const PRIVATE_KEY_BLOCK = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g;

// `"name": value` pairs inside text that is not JSON as a whole (an error message quoting
// a request body, a log line).
const EMBEDDED_SECRET_PAIR = /("([^"\\]{1,40})"\s*:\s*)("(?:[^"\\]|\\.)*"|[^,}\]\s]+)/g;

// `name=value` pairs of a URL query or form body (`?token=…&x=1`): the same names are
// just as secret there.
const QUERY_SECRET_PAIR = /([?&;]|^)([\w.-]{1,40})=([^&#;\s]*)/g;

// Deeper nesting than any manager request has; stops runaway recursion on pathological input.
const MAX_DEPTH = 64;

export function isSecretPropertyName(name: string): boolean {
  return SECRET_PROPERTY_NAMES.has(name.toLowerCase());
}

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

function redactText(text: string, depth: number): string {
  if (looksLikeJson(text)) {
    try {
      const parsed: unknown = JSON.parse(text);
      return JSON.stringify(redactValue(parsed, depth + 1, new WeakSet()));
    } catch {
      // Not JSON after all: the plain-text rules below still apply.
    }
  }
  // Each rule needs a character most fields (methods, paths, status texts) lack: checking
  // for it first keeps recording cheap, as every request is recorded.
  let redacted = text;
  if (redacted.includes('-----BEGIN')) redacted = redacted.replace(PRIVATE_KEY_BLOCK, REDACTED);
  if (redacted.includes('"')) {
    redacted = redacted.replace(EMBEDDED_SECRET_PAIR, (pair, prefix: string, name: string) =>
      isSecretPropertyName(name) ? `${prefix}"${REDACTED}"` : pair,
    );
  }
  if (redacted.includes('=')) {
    redacted = redacted.replace(QUERY_SECRET_PAIR, (pair, separator: string, name: string) =>
      isSecretPropertyName(name) ? `${separator}${name}=${REDACTED}` : pair,
    );
  }
  return redacted;
}

function redactEntries(entries: Iterable<[string, unknown]>, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (isSecretPropertyName(name)) {
      result[name] = REDACTED;
      continue;
    }
    const redacted = redactValue(value, depth + 1, seen);
    if (redacted !== undefined) result[name] = redacted;
  }
  return result;
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (depth > MAX_DEPTH) return '[…]';
  switch (typeof value) {
    case 'string':
      return redactText(value, depth);
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return value.toString();
    case 'object':
      break;
    default:
      // Functions, symbols and undefined are not data; JSON drops them too.
      return undefined;
  }
  if (value === null) return null;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen) ?? null);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (value instanceof Error) return redactEntries([['name', value.name], ['message', value.message]], depth, seen);
    if (typeof URLSearchParams !== 'undefined' && value instanceof URLSearchParams) {
      return redactEntries(value.entries(), depth, seen);
    }
    if (typeof FormData !== 'undefined' && value instanceof FormData) {
      return redactEntries(
        [...value.entries()].map(([name, item]) => [name, typeof item === 'string' ? item : `[File ${item.name}]`]),
        depth,
        seen,
      );
    }
    if (value instanceof Map) return redactEntries([...value].map(([name, item]) => [String(name), item]), depth, seen);
    if (value instanceof Set) return [...value].map((item) => redactValue(item, depth + 1, seen) ?? null);
    const withToJson = value as { toJSON?: () => unknown };
    if (typeof withToJson.toJSON === 'function') return redactValue(withToJson.toJSON(), depth + 1, seen);
    return redactEntries(Object.entries(value), depth, seen);
  } finally {
    seen.delete(value);
  }
}

/**
 * A copy of `value` that is safe to store: plain JSON-like data where every property
 * named like a secret (case-insensitively), every secret inside a JSON string, and every
 * PEM private key block in any string is `[REDACTED]`. Never throws and never changes
 * its argument.
 */
export function redact(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}
