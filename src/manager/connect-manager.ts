import { clientLog } from '../logs/default-client-log.js';
import type { BaiRequestEvent } from '../protocol/request-event.js';
import { BAI_REQUEST_NAMES, type BaiRequestName } from '../protocol/request-map.js';
import { ManagerClient, type ManagerClientOptions } from './manager-client.js';
import { MANAGER_ROUTES, type ManagerRoute } from './manager-routes.js';

export interface ConnectManagerOptions extends Omit<ManagerClientOptions, 'log'> {
  /** Where requests are recorded; default the page's `clientLog`. */
  log?: ManagerClientOptions['log'];
}

/**
 * Answers every request event that reaches `target` (an element, or `document` for the
 * whole page) with the matching manager REST call. Returns the function that
 * disconnects it again.
 *
 * ```js
 * const disconnect = connectManager(document, { endpoint: location.origin, mode: 'session' });
 * ```
 */
export function connectManager(target: EventTarget, options: ConnectManagerOptions): () => void {
  const client = new ManagerClient({ ...options, log: options.log ?? clientLog });
  const listeners = BAI_REQUEST_NAMES.map((name) => {
    const listener = (event: Event) => answer(client, name, event as BaiRequestEvent);
    target.addEventListener(name, listener);
    return [name, listener] as const;
  });
  return () => {
    for (const [name, listener] of listeners) target.removeEventListener(name, listener);
  };
}

function answer<K extends BaiRequestName>(client: ManagerClient, name: K, event: BaiRequestEvent<K>): void {
  // A listener closer to the element (a host's own handler) has answered already.
  if (event.responded) return;
  const route: ManagerRoute<K> = MANAGER_ROUTES[name];
  event.respondWith(route(client, event.detail));
}
