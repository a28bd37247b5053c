import { expect } from '@open-wc/testing';
import { ClientLog } from '../../src/logs/client-log.js';
import { REDACTED } from '../../src/logs/redact.js';
import { UPSTREAM_LOG_KEY, type LegacyStorage } from '../../src/logs/upstream-log-key.js';

class FakeStorage implements LegacyStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

// As the upstream WebUI wrote it: newest first, UTC strings, snake_case error fields.
const upstreamLog = [
  {
    isError: true,
    timestamp: 'Wed, 03 Jan 2024 10:00:00 GMT',
    type: 'https://api.backend.ai/probs/invalid-api-params',
    requestUrl: '/func/user-config/dotfiles',
    requestMethod: 'POST',
    requestParameters: '{"path":".bashrc","data":"x","password":"pw"}',
    statusCode: 400,
    statusText: 'Bad Request',
    title: 'Invalid API parameters',
    msg: 'path is reserved',
    message: 'older message field',
    description: 'A reserved path',
    error_code: 'dotfile_reserved',
    traceback: 'Traceback (most recent call last)',
  },
  {
    isError: false,
    timestamp: 'Tue, 02 Jan 2024 09:00:00 GMT',
    type: '',
    requestUrl: '/func/auth/ssh-keypair',
    requestMethod: 'GET',
    requestParameters: '',
    statusCode: 'No status',
    statusText: 'No response given.',
  },
];

let counter = 0;
const uniqueName = () => `bai-client-logs-import-${Date.now()}-${counter++}`;

describe('import of the upstream localStorage log', () => {
  const opened: ClientLog[] = [];
  afterEach(async () => {
    for (const log of opened.splice(0)) {
      await log.close();
      indexedDB.deleteDatabase(log.databaseName);
    }
  });
  const open = (storage: LegacyStorage, databaseName = uniqueName()) => {
    const log = new ClientLog({ databaseName, legacyStorage: storage });
    opened.push(log);
    return log;
  };

  it('imports every entry once, oldest first, in this log’s fields, and frees the key', async () => {
    const storage = new FakeStorage();
    storage.setItem(UPSTREAM_LOG_KEY, JSON.stringify(upstreamLog));
    const name = uniqueName();
    const entries = await open(storage, name).list();

    expect(storage.getItem(UPSTREAM_LOG_KEY)).to.equal(null);
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal(['/func/user-config/dotfiles', '/func/auth/ssh-keypair']);
    expect(entries[0].id).to.be.greaterThan(entries[1].id);
    expect(entries[0]).to.include({
      isError: true,
      timestamp: '2024-01-03T10:00:00.000Z',
      statusCode: 400,
      title: 'Invalid API parameters',
      message: 'path is reserved',
      description: 'A reserved path',
      errorCode: 'dotfile_reserved',
      traceback: 'Traceback (most recent call last)',
    });
    expect(JSON.parse(entries[0].requestParameters as string).password).to.equal(REDACTED);
    expect(entries[1].statusCode).to.equal(undefined);
    expect(entries[1].statusText).to.equal('No response given.');

    const again = open(storage, name);
    expect((await again.list()).length).to.equal(2);
  });

  it('removes a corrupt upstream log without importing it or failing', async () => {
    const storage = new FakeStorage();
    storage.setItem(UPSTREAM_LOG_KEY, '{not json');
    const log = open(storage);
    log.record({ isError: false, requestMethod: 'GET', requestUrl: '/after' });
    expect((await log.list()).map((entry) => entry.requestUrl)).to.deep.equal(['/after']);
    expect(storage.getItem(UPSTREAM_LOG_KEY)).to.equal(null);
  });

  it('leaves the page’s localStorage alone for a database other than the default', async () => {
    const key = UPSTREAM_LOG_KEY;
    const before = localStorage.getItem(key);
    const log = new ClientLog({ databaseName: uniqueName() });
    opened.push(log);
    await log.list();
    expect(localStorage.getItem(key)).to.equal(before);
  });
});
