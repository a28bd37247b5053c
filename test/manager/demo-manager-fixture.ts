import { executeServerCommand } from '@web/test-runner-commands';
import { ClientLog } from '../../src/logs/client-log.js';
import { connectManager, type ConnectManagerOptions } from '../../src/manager/connect-manager.js';

export interface DemoManager {
  id: string;
  endpoint: string;
  accessKey: string;
  secretKey: string;
}

export interface ManagerCallRecord {
  method: string;
  path: string;
  mode: 'session' | 'keypair';
  query: Record<string, string>;
  params: Record<string, unknown>;
}

/** A fresh demo manager on the test server: its own user, keypair and data. */
export function createDemoManager({ persist = false } = {}): Promise<DemoManager> {
  return executeServerCommand('demo-manager-create', { persist }) as Promise<DemoManager>;
}

/** Drops the manager's memory and starts it again from its data file. */
export function restartDemoManager(manager: DemoManager): Promise<unknown> {
  return executeServerCommand('demo-manager-restart', { id: manager.id });
}

export function callsTo(manager: DemoManager): Promise<ManagerCallRecord[]> {
  return executeServerCommand('demo-manager-calls', { id: manager.id }) as Promise<ManagerCallRecord[]>;
}

export function seedUser(manager: DemoManager, user: Record<string, unknown>): Promise<unknown> {
  return executeServerCommand('demo-manager-seed', { id: manager.id, user });
}

export function setDelay(manager: DemoManager, delayMs: number): Promise<unknown> {
  return executeServerCommand('demo-manager-set-delay', { id: manager.id, delayMs });
}

export interface Connection {
  /** An element inside the connected host, where request events start as in the real elements. */
  source: HTMLElement;
  log: ClientLog;
  disconnect: () => void;
  remove: () => Promise<void>;
}

/** A host element connected to `manager`, with a client log of its own. */
export function connect(manager: DemoManager, options: Partial<ConnectManagerOptions> = {}): Connection {
  const host = document.createElement('div');
  const source = document.createElement('span');
  host.append(source);
  document.body.append(host);
  const log = new ClientLog({ databaseName: `bai-manager-test-${crypto.randomUUID()}` });
  const disconnect = connectManager(host, {
    endpoint: manager.endpoint,
    mode: 'keypair',
    accessKey: manager.accessKey,
    secretKey: manager.secretKey,
    log,
    ...options,
  });
  return {
    source,
    log,
    disconnect,
    remove: async () => {
      disconnect();
      host.remove();
      await log.clear();
      await log.close();
    },
  };
}
