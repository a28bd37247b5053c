import type { BaiRequestDetail, BaiRequestName, BaiRequestResult, Dotfile } from '../protocol/request-map.js';
import type { ManagerClient } from './manager-client.js';
import { unexpectedAnswerError } from './manager-error.js';

export type ManagerRoute<K extends BaiRequestName> = (client: ManagerClient, detail: BaiRequestDetail<K>) => Promise<BaiRequestResult<K>>;

/** The manager's default mode for a dotfile (`rw-r--r--`). */
const DEFAULT_PERMISSION = '644';

interface WireKeypair {
  ssh_public_key?: unknown;
  ssh_private_key?: unknown;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function keypairFrom(value: unknown): { publicKey: string; privateKey: string } {
  const wire = record(value) as WireKeypair;
  const publicKey = optionalString(wire.ssh_public_key);
  const privateKey = optionalString(wire.ssh_private_key);
  if (publicKey === null || privateKey === null) throw unexpectedAnswerError(200);
  return { publicKey, privateKey };
}

function dotfileFrom(value: unknown): Dotfile | null {
  const wire = record(value);
  if (typeof wire.path !== 'string') return null;
  return {
    path: wire.path,
    permission: typeof wire.permission === 'string' ? wire.permission : DEFAULT_PERMISSION,
    data: typeof wire.data === 'string' ? wire.data : '',
  };
}

function dotfileBody(detail: Dotfile): Record<string, string> {
  return { path: detail.path, data: detail.data, permission: detail.permission || DEFAULT_PERMISSION };
}

/**
 * Each request event as the manager REST call in DESIGN.md section 5, and the call's
 * wire shape (`{ssh_public_key}`, snake case, bare strings) turned into the event's result.
 */
export const MANAGER_ROUTES: { [K in BaiRequestName]: ManagerRoute<K> } = {
  'bai-ssh-keypair-fetch': async (client) => {
    const answer = await client.call({ method: 'GET', path: '/auth/ssh-keypair' });
    return { publicKey: optionalString(record(answer).ssh_public_key) };
  },
  'bai-ssh-keypair-generate': async (client) => keypairFrom(await client.call({ method: 'PATCH', path: '/auth/ssh-keypair' })),
  'bai-ssh-keypair-register': async (client, { publicKey, privateKey }) => {
    const answer = record(
      await client.call({ method: 'POST', path: '/auth/ssh-keypair', body: { pubkey: publicKey, privkey: privateKey } }),
    );
    return {
      publicKey: optionalString(answer.ssh_public_key) ?? publicKey,
      privateKey: optionalString(answer.ssh_private_key) ?? privateKey,
    };
  },
  'bai-dotfiles-fetch': async (client) => {
    const answer = await client.call({ method: 'GET', path: '/user-config/dotfiles' });
    if (!Array.isArray(answer)) throw unexpectedAnswerError(200);
    return answer.map(dotfileFrom).filter((dotfile): dotfile is Dotfile => dotfile !== null);
  },
  'bai-dotfile-create': async (client, detail) => {
    await client.call({ method: 'POST', path: '/user-config/dotfiles', body: dotfileBody(detail) });
  },
  'bai-dotfile-update': async (client, detail) => {
    await client.call({ method: 'PATCH', path: '/user-config/dotfiles', body: dotfileBody(detail) });
  },
  // The manager reads a DELETE's parameters from the query string when it has no body;
  // proxies are free to drop the body of a DELETE, so the query string is the safe place.
  'bai-dotfile-delete': async (client, { path }) => {
    await client.call({ method: 'DELETE', path: '/user-config/dotfiles', query: { path } });
  },
  'bai-bootstrap-script-fetch': async (client) => {
    const answer = await client.call({ method: 'GET', path: '/user-config/bootstrap-script' });
    return typeof answer === 'string' ? answer : '';
  },
  'bai-bootstrap-script-update': async (client, { script }) => {
    await client.call({ method: 'POST', path: '/user-config/bootstrap-script', body: { script } });
  },
};
