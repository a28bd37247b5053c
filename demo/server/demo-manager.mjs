// An in-process stand-in for the Backend.AI manager's user-settings API: the REST calls
// of DESIGN.md section 5 with the manager's limits, errors and key handling. Requests
// under /func act as a webserver session of the demo user; bare paths need a keypair
// signature.
import {
  BackendAIError,
  dotfileAlreadyExists,
  dotfileCreationFailed,
  dotfileNotFound,
  internalServerError,
  invalidApiParameters,
  methodNotAllowed,
} from './backend-ai-errors.mjs';
import { allowCrossOrigin, readBody, sendJson } from './http-helpers.mjs';
import { packedDotfilesSize } from './msgpack-size.mjs';
import { verifySignature } from './request-signature.mjs';
import { generateKeypair, keypairProblem } from './ssh-keypair.mjs';

export const MAX_DOTFILE_BYTES = 64 * 1024;
export const MAX_DOTFILES = 100;
export const RESERVED_DOTFILES = ['.terminfo', '.jupyter', '.ssh', '.ssh/authorized_keys', '.local', '.config'];
const PERMISSION = /^[0-7]{3}$/;

function requireString(params, key, { optional = false } = {}) {
  const value = params[key];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string') throw invalidApiParameters(`Input validation error: "${key}" must be a string`);
  return value;
}

function checkSize(text, what) {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_DOTFILE_BYTES) {
    throw invalidApiParameters(`Input validation error: ${what} is ${bytes} bytes, more than the ${MAX_DOTFILE_BYTES} allowed`);
  }
}

function dotfileParams(params) {
  const path = requireString(params, 'path');
  const data = requireString(params, 'data');
  const permission = requireString(params, 'permission', { optional: true }) ?? '644';
  if (!PERMISSION.test(permission)) throw invalidApiParameters('Input validation error: "permission" must be three octal digits');
  checkSize(data, '"data"');
  return { path, data, permission };
}

function checkPackedSize(dotfiles) {
  if (packedDotfilesSize(dotfiles) > MAX_DOTFILE_BYTES) throw dotfileCreationFailed('No leftover space for dotfile storage');
}

const handlers = {
  'GET /auth/ssh-keypair': ({ user }) => ({ ssh_public_key: user.sshPublicKey }),
  'PATCH /auth/ssh-keypair': ({ user, save }) => {
    const { publicKey, privateKey } = generateKeypair();
    save({ ...user, sshPublicKey: publicKey, sshPrivateKey: privateKey });
    return { ssh_public_key: publicKey, ssh_private_key: privateKey };
  },
  'POST /auth/ssh-keypair': ({ user, params, save }) => {
    const pubkey = `${requireString(params, 'pubkey').trimEnd()}\n`;
    const privkey = `${requireString(params, 'privkey').trimEnd()}\n`;
    const problem = keypairProblem(pubkey, privkey);
    if (problem) throw invalidApiParameters(problem);
    save({ ...user, sshPublicKey: pubkey, sshPrivateKey: privkey });
    return { ssh_public_key: pubkey, ssh_private_key: privkey };
  },
  'GET /user-config/dotfiles': ({ user, params }) => {
    const path = requireString(params, 'path', { optional: true });
    if (path) {
      const found = user.dotfiles.find((dotfile) => dotfile.path === path);
      if (!found) throw dotfileNotFound();
      return found;
    }
    return user.dotfiles.map(({ path: name, perm, data }) => ({ path: name, permission: perm, data }));
  },
  'POST /user-config/dotfiles': ({ user, params, save }) => {
    const { path, data, permission } = dotfileParams(params);
    if (user.dotfiles.length >= MAX_DOTFILES) throw dotfileCreationFailed('Dotfile creation limit reached');
    if (RESERVED_DOTFILES.includes(path)) throw invalidApiParameters('dotfile path is reserved for internal operations.');
    if (user.dotfiles.some((dotfile) => dotfile.path === path)) throw dotfileAlreadyExists();
    const dotfiles = [...user.dotfiles, { path, perm: permission, data }];
    checkPackedSize(dotfiles);
    save({ ...user, dotfiles });
    return {};
  },
  'PATCH /user-config/dotfiles': ({ user, params, save }) => {
    const { path, data, permission } = dotfileParams(params);
    const others = user.dotfiles.filter((dotfile) => dotfile.path !== path);
    if (others.length === user.dotfiles.length) throw dotfileNotFound();
    const dotfiles = [...others, { path, perm: permission, data }];
    checkPackedSize(dotfiles);
    save({ ...user, dotfiles });
    return {};
  },
  'DELETE /user-config/dotfiles': ({ user, params, save }) => {
    const path = requireString(params, 'path');
    const dotfiles = user.dotfiles.filter((dotfile) => dotfile.path !== path);
    if (dotfiles.length === user.dotfiles.length) throw dotfileNotFound();
    save({ ...user, dotfiles });
    return { success: true };
  },
  'GET /user-config/bootstrap-script': ({ user }) => user.bootstrapScript,
  'POST /user-config/bootstrap-script': ({ user, params, save }) => {
    const script = requireString(params, 'script').trim();
    checkSize(script, 'the bootstrap script');
    save({ ...user, bootstrapScript: script });
    return {};
  },
};

const KNOWN_PATHS = new Set(Object.keys(handlers).map((key) => key.split(' ')[1]));

async function readParams(request, url) {
  // Like the manager: a request with a body (other than GET/HEAD) carries its parameters
  // as JSON there; otherwise they come from the query string.
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await readBody(request);
  if (text === '') return Object.fromEntries(url.searchParams);
  try {
    const params = JSON.parse(text);
    if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new Error('not an object');
    return params;
  } catch {
    throw invalidApiParameters('Malformed body');
  }
}

/**
 * @param {object} options
 * @param {import('./demo-store.mjs').DemoStore} options.store
 * @param {{accessKey: string, secretKey: string}} options.credentials the demo user's keypair
 * @param {(call: object) => void} [options.onCall] told of every API call (tests)
 */
export function createDemoManager({ store, credentials, onCall }) {
  const manager = {
    /** Milliseconds every answer is held back (to try timeouts). */
    delayMs: 0,
    /**
     * Answers `request` when `routePath` (its path below the manager's mount point) is
     * an API path; returns false otherwise. `rawPath` is the path and query as received.
     */
    async handle(request, response, { routePath, rawPath }) {
      const session = routePath === '/func' || routePath.startsWith('/func/');
      const apiPath = session ? routePath.slice('/func'.length) : routePath;
      if (!KNOWN_PATHS.has(apiPath)) return false;
      allowCrossOrigin(request, response);
      if (request.method === 'OPTIONS') {
        response.writeHead(204).end();
        return true;
      }
      const url = new URL(rawPath, 'http://demo.invalid');
      let status = 200;
      let body;
      try {
        const accessKey = session
          ? credentials.accessKey
          : verifySignature(request, rawPath, (key) => (key === credentials.accessKey ? credentials.secretKey : undefined));
        const handler = handlers[`${request.method} ${apiPath}`];
        if (!handler) throw methodNotAllowed();
        const params = await readParams(request, url);
        onCall?.({ method: request.method, path: apiPath, mode: session ? 'session' : 'keypair', query: Object.fromEntries(url.searchParams), params });
        body = handler({ user: store.user(accessKey), params, save: (user) => store.save(accessKey, user) });
      } catch (error) {
        const failure = error instanceof BackendAIError ? error : internalServerError(String(error?.message ?? error));
        if (!(error instanceof BackendAIError)) console.error('demo manager:', error);
        status = failure.status;
        body = failure.body();
      }
      if (manager.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, manager.delayMs));
      if (!response.destroyed) sendJson(response, status, body);
      return true;
    },
  };
  return manager;
}
