// Checks Backend.AI keypair signatures the way the manager's auth middleware does, so
// the demo proves that what the bridge sends would be accepted by a real manager.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { authorizationFailed, genericBadRequest, invalidAuthParameters } from './backend-ai-errors.mjs';

// Versions the manager accepts that sign an empty body (v4.20181215 and later).
export const ACCEPTED_API_VERSIONS = new Set([
  'v4.20181215', 'v4.20190115', 'v4.20190315', 'v4.20190615', 'v5.20191215', 'v6.20200815', 'v6.20210815',
  'v6.20220315', 'v6.20220615', 'v6.20230315', 'v7.20230615', 'v8.20240315', 'v8.20240915', 'v9.20250722',
]);

const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function parseAuthorization(header) {
  const [scheme, rest] = header.split(/ (.*)/s);
  if (!rest) throw invalidAuthParameters('Malformed authorization header');
  if (scheme !== 'BackendAI' && scheme !== 'Sorna') throw invalidAuthParameters('Invalid authorization type name');
  const params = Object.fromEntries(
    rest.split(',').map((part) => {
      const [key, ...value] = part.trim().split('=');
      return [key.trim(), value.join('=').trim()];
    }),
  );
  const separator = (params.credential ?? '').indexOf(':');
  if (!params.signMethod || separator < 0) {
    throw invalidAuthParameters('Missing or malformed authorization parameters');
  }
  return {
    signMethod: params.signMethod,
    accessKey: params.credential.slice(0, separator),
    signature: params.credential.slice(separator + 1),
  };
}

/** The calendar day (YYYYMMDD) of a date header in the time zone it was written in, UTC when none. */
export function signingDay(rawDate, instant) {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(rawDate.trim());
  const minutes = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(instant + minutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** The signature for a request, computed from scratch with Node's crypto. */
export function expectedSignature({ method, rawPath, rawDate, host, contentType, apiVersion, secretKey, instant }) {
  const bodyHash = createHash('sha256').update('').digest('hex');
  const signed = [method, rawPath, rawDate, `host:${host}`, `content-type:${contentType}`, `x-backendai-version:${apiVersion}`, bodyHash].join('\n');
  const dayKey = createHmac('sha256', secretKey).update(signingDay(rawDate, instant ?? Date.parse(rawDate))).digest();
  const hostKey = createHmac('sha256', dayKey).update(host).digest();
  return createHmac('sha256', hostKey).update(signed).digest('hex');
}

/**
 * The access key of a correctly signed request; throws the manager's error otherwise.
 * `rawPath` is the path with query exactly as received; `secretFor` finds a secret key.
 */
export function verifySignature(request, rawPath, secretFor, now = Date.now()) {
  const header = request.headers.authorization;
  if (!header) throw authorizationFailed('Unauthorized access');
  const rawDate = request.headers.date ?? request.headers['x-backendai-date'];
  const instant = rawDate ? Date.parse(rawDate) : Number.NaN;
  if (Number.isNaN(instant) || Math.abs(instant - now) >= MAX_CLOCK_SKEW_MS) {
    throw invalidAuthParameters('Date/time sync error');
  }
  const { signMethod, accessKey, signature } = parseAuthorization(header);
  if (signMethod.toUpperCase() !== 'HMAC-SHA256') throw invalidAuthParameters('Unsupported request signing method');
  const apiVersion = request.headers['x-backendai-version'];
  if (!apiVersion) throw invalidAuthParameters('API version missing in request headers');
  if (!ACCEPTED_API_VERSIONS.has(apiVersion)) throw genericBadRequest('Unsupported API version.');
  const secretKey = secretFor(accessKey);
  if (secretKey === undefined) throw authorizationFailed('Access key not found');
  const contentType = (request.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim().toLowerCase();
  const expected = expectedSignature({
    method: request.method, rawPath, rawDate, host: request.headers.host ?? '', contentType, apiVersion, secretKey, instant,
  });
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
    throw authorizationFailed('HMAC signature mismatch');
  }
  return accessKey;
}
