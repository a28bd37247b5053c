/**
 * Backend.AI keypair authentication, as the manager's auth middleware checks it
 * (`sign_request` in ai/backend/manager/api/auth.py): an HMAC over a canonical
 * description of the request, keyed by a key derived from the secret key, the
 * request's date and the host it is sent to.
 */

/** The API version sent with every request; managers since 24.09 accept it. */
export const DEFAULT_API_VERSION = 'v8.20240915';

/**
 * Since API v4.20181215 the manager hashes an empty body whatever the request carries,
 * so large uploads need not be buffered to be signed.
 */
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface SigningInput {
  method: string;
  /** The raw path with its query string, exactly as it goes on the wire. */
  pathWithQuery: string;
  /** The value sent in `X-BackendAI-Date`. */
  dateHeader: string;
  /** `host[:port]` as the browser sends it in the Host header. */
  host: string;
  contentType: string;
  apiVersion: string;
}

export interface Credentials {
  accessKey: string;
  secretKey: string;
}

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function hmac(key: BufferSource, data: string): Promise<ArrayBuffer> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(data));
}

/** The lines the manager signs, joined by "\n". */
export function stringToSign(input: SigningInput): string {
  return [
    input.method.toUpperCase(),
    input.pathWithQuery,
    input.dateHeader,
    `host:${input.host}`,
    `content-type:${input.contentType}`,
    `x-backendai-version:${input.apiVersion}`,
    EMPTY_BODY_SHA256,
  ].join('\n');
}

/** `YYYYMMDD` of the date header in UTC, the day the manager derives the key from. */
export function signingDay(dateHeader: string): string {
  return new Date(dateHeader).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The hex HMAC-SHA256 signature the manager expects for this request. */
export async function computeSignature(input: SigningInput, secretKey: string): Promise<string> {
  const dayKey = await hmac(encoder.encode(secretKey), signingDay(input.dateHeader));
  const hostKey = await hmac(dayKey, input.host);
  return hex(await hmac(hostKey, stringToSign(input)));
}

/** The headers that authenticate one request. */
export async function signatureHeaders(input: SigningInput, credentials: Credentials): Promise<Record<string, string>> {
  const signature = await computeSignature(input, credentials.secretKey);
  return {
    Authorization: `BackendAI signMethod=HMAC-SHA256, credential=${credentials.accessKey}:${signature}`,
    'X-BackendAI-Date': input.dateHeader,
  };
}
