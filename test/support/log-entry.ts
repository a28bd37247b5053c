import type { ClientLogEntry } from '../../src/logs/client-log-entry.js';

/** A stored log entry with plain defaults, for tests that only care about a few fields. */
export const logEntry = (fields: Partial<ClientLogEntry>): ClientLogEntry => ({
  id: 1,
  timestamp: '2026-01-02T03:04:05.000Z',
  isError: false,
  type: '',
  requestMethod: 'GET',
  requestUrl: '/auth/ssh-keypair',
  ...fields,
});
