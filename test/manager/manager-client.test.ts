import { expect } from '@open-wc/testing';
import { ManagerClient } from '../../src/manager/manager-client.js';
import { DEFAULT_API_VERSION, signatureHeaders } from '../../src/manager/request-signing.js';
import { callsTo, createDemoManager, seedUser, type DemoManager } from './demo-manager-fixture.js';

// Signed calls the elements never make, to show that the signature covers the query string.
describe('ManagerClient signed calls with a query string', () => {
  let manager: DemoManager;
  let client: ManagerClient;
  const recorded: unknown[] = [];

  beforeEach(async () => {
    manager = await createDemoManager();
    recorded.length = 0;
    client = new ManagerClient({
      endpoint: manager.endpoint,
      mode: 'keypair',
      accessKey: manager.accessKey,
      secretKey: manager.secretKey,
      log: { record: (entry) => recorded.push(entry) },
    });
  });

  it('GET with a query string is accepted and answered', async () => {
    await seedUser(manager, { dotfiles: [{ path: '.vimrc', perm: '600', data: 'syntax on\n' }] });
    const answer = await client.call({ method: 'GET', path: '/user-config/dotfiles', query: { path: '.vimrc' } });
    expect(answer).to.deep.equal({ path: '.vimrc', perm: '600', data: 'syntax on\n' });
    expect((await callsTo(manager))[0].query).to.deep.equal({ path: '.vimrc' });
  });

  it('POST with a query string is accepted and answered', async () => {
    const answer = await client.call({ method: 'POST', path: '/user-config/bootstrap-script', query: { note: 'a b&c' }, body: { script: 'date' } });
    expect(answer).to.deep.equal({});
    expect((await callsTo(manager))[0]).to.deep.include({ method: 'POST', query: { note: 'a b&c' } });
  });

  it('a query string changed after signing is refused', async () => {
    const url = new URL(`${manager.endpoint}/user-config/dotfiles?path=.vimrc`);
    const headers = await signatureHeaders(
      {
        method: 'GET',
        pathWithQuery: url.pathname + url.search,
        dateHeader: new Date().toISOString(),
        host: url.host,
        contentType: 'application/json',
        apiVersion: DEFAULT_API_VERSION,
      },
      manager,
    );
    const send = (search: string) =>
      fetch(`${url.origin}${url.pathname}${search}`, {
        headers: { ...headers, 'Content-Type': 'application/json', 'X-BackendAI-Version': DEFAULT_API_VERSION },
      });
    expect((await send('?path=.bashrc')).status).to.equal(401);
    expect((await send('?path=.vimrc')).status).to.equal(404);
  });

  it('needs both keys in keypair mode', () => {
    expect(() => new ManagerClient({ endpoint: manager.endpoint, mode: 'keypair', accessKey: 'AK', log: { record: () => undefined } })).to.throw(
      TypeError,
    );
  });
});
