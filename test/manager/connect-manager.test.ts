import { expect } from '@open-wc/testing';
import { sendRequest, type RequestOutcome } from '../../src/protocol/send-request.js';
import { generateKeypairFiles } from '../../src/ssh/generate-keypair-files.js';
import { describeRequestFailure } from '../../src/protocol/request-failure-message.js';
import type { RequestError } from '../../src/protocol/request-error.js';
import { callsTo, connect, createDemoManager, seedUser, setDelay, type Connection, type DemoManager } from './demo-manager-fixture.js';

function value<T>(outcome: RequestOutcome<T>): T {
  if (!outcome.ok) throw new Error(`request failed: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

function failure<T>(outcome: RequestOutcome<T>): RequestError {
  if (outcome.ok || outcome.reason !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

describe('connectManager (keypair mode, over HTTP)', () => {
  let manager: DemoManager;
  let connection: Connection;

  beforeEach(async () => {
    manager = await createDemoManager();
    connection = connect(manager);
  });

  afterEach(() => connection.remove());

  it('fetches the public key with GET /auth/ssh-keypair, null when there is none', async () => {
    const result = value(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}));
    expect(result).to.deep.equal({ publicKey: null });
    const calls = await callsTo(manager);
    expect(calls.map(({ method, path, mode }) => `${mode} ${method} ${path}`)).to.deep.equal(['keypair GET /auth/ssh-keypair']);
  });

  it('generates a keypair with PATCH and shows the new public key afterwards', async () => {
    const generated = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
    expect(generated.publicKey).to.match(/^ssh-rsa AAAAB3NzaC1yc2E/);
    expect(generated.privateKey).to.match(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const fetched = value(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}));
    expect(fetched.publicKey).to.equal(generated.publicKey);
    expect((await callsTo(manager)).map(({ method }) => method)).to.deep.equal(['PATCH', 'GET']);
  });

  it('registers a matching pair with POST {pubkey, privkey}', async () => {
    const pair = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
    const registered = value(await sendRequest(connection.source, 'bai-ssh-keypair-register', pair));
    expect(registered.publicKey.trim()).to.equal(pair.publicKey);
    const calls = await callsTo(manager);
    expect(calls[1]).to.deep.include({ method: 'POST', path: '/auth/ssh-keypair' });
    expect(calls[1].params).to.deep.equal({ pubkey: pair.publicKey, privkey: pair.privateKey });
  });

  it('rejects a pair that does not belong together with the manager error', async () => {
    const first = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
    const second = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
    const error = failure(
      await sendRequest(connection.source, 'bai-ssh-keypair-register', { publicKey: first.publicKey, privateKey: second.privateKey }),
    );
    expect(error).to.deep.include({
      status: 400,
      title: 'Missing or invalid API parameters.',
      message: 'Keypair does not match',
      type: 'https://api.backend.ai/probs/invalid-api-params',
    });
    const garbage = failure(
      await sendRequest(connection.source, 'bai-ssh-keypair-register', { publicKey: first.publicKey, privateKey: 'not a key' }),
    );
    expect(garbage.message).to.equal('Invalid private key format');
    const fetched = value(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}));
    expect(fetched.publicKey).to.equal(second.publicKey);
  });

  it('registers keys made in the browser with their PEM private key, and refuses a mismatched one', async () => {
    const ed25519 = await generateKeypairFiles('ed25519', 'demo@example.com');
    const rsa = await generateKeypairFiles('rsa-2048');
    for (const pair of [ed25519, rsa]) {
      const registered = value(await sendRequest(connection.source, 'bai-ssh-keypair-register', { publicKey: pair.publicKey, privateKey: pair.pkcs8PrivateKey }));
      expect(registered.publicKey.trim()).to.equal(pair.publicKey.trim());
    }
    const other = await generateKeypairFiles('ed25519');
    const error = failure(
      await sendRequest(connection.source, 'bai-ssh-keypair-register', { publicKey: other.publicKey, privateKey: ed25519.pkcs8PrivateKey }),
    );
    expect(error.message).to.equal('Keypair does not match');
  });

  it('creates, lists, updates and deletes a dotfile with POST, GET, PATCH and DELETE', async () => {
    const { source } = connection;
    value(await sendRequest(source, 'bai-dotfile-create', { path: '.bashrc', data: 'alias ll="ls -l"\n', permission: '644' }));
    expect(value(await sendRequest(source, 'bai-dotfiles-fetch', {}))).to.deep.equal([
      { path: '.bashrc', permission: '644', data: 'alias ll="ls -l"\n' },
    ]);
    value(await sendRequest(source, 'bai-dotfile-update', { path: '.bashrc', data: 'export EDITOR=vim\n', permission: '600' }));
    expect(value(await sendRequest(source, 'bai-dotfiles-fetch', {}))).to.deep.equal([
      { path: '.bashrc', permission: '600', data: 'export EDITOR=vim\n' },
    ]);
    value(await sendRequest(source, 'bai-dotfile-delete', { path: '.bashrc' }));
    expect(value(await sendRequest(source, 'bai-dotfiles-fetch', {}))).to.deep.equal([]);

    const calls = await callsTo(manager);
    expect(calls.map(({ method, path }) => `${method} ${path}`)).to.deep.equal([
      'POST /user-config/dotfiles',
      'GET /user-config/dotfiles',
      'PATCH /user-config/dotfiles',
      'GET /user-config/dotfiles',
      'DELETE /user-config/dotfiles',
      'GET /user-config/dotfiles',
    ]);
    expect(calls[0].params).to.deep.equal({ path: '.bashrc', data: 'alias ll="ls -l"\n', permission: '644' });
    expect(calls[4].query).to.deep.equal({ path: '.bashrc' });
  });

  it('sends the default permission 644 when the element gives none', async () => {
    value(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.vimrc', data: 'set nu\n', permission: '' }));
    expect((await callsTo(manager))[0].params).to.deep.include({ permission: '644' });
  });

  it('reads and writes the bootstrap script with GET and POST {script}', async () => {
    expect(value(await sendRequest(connection.source, 'bai-bootstrap-script-fetch', {}))).to.equal('');
    value(await sendRequest(connection.source, 'bai-bootstrap-script-update', { script: 'pip install --user rich\n' }));
    expect(value(await sendRequest(connection.source, 'bai-bootstrap-script-fetch', {}))).to.equal('pip install --user rich');
    const calls = await callsTo(manager);
    expect(calls.map(({ method, path }) => `${method} ${path}`)).to.deep.equal([
      'GET /user-config/bootstrap-script',
      'POST /user-config/bootstrap-script',
      'GET /user-config/bootstrap-script',
    ]);
    expect(calls[1].params).to.deep.equal({ script: 'pip install --user rich\n' });
  });

  describe('errors', () => {
    it('turns 409 DotfileAlreadyExists into a rejection with title, message and status', async () => {
      const detail = { path: '.zshrc', data: 'echo hi\n', permission: '644' };
      value(await sendRequest(connection.source, 'bai-dotfile-create', detail));
      const error = failure(await sendRequest(connection.source, 'bai-dotfile-create', detail));
      expect(error).to.deep.include({
        name: 'ManagerError',
        status: 409,
        title: 'Dotfile already exists.',
        message: 'Dotfile already exists.',
        type: 'https://api.backend.ai/probs/dotfile-already-exists',
      });
      expect(describeRequestFailure({ ok: false, reason: 'failed', error })).to.equal('Dotfile already exists.');
    });

    it('turns a missing dotfile into 404 on update and delete', async () => {
      for (const outcome of [
        await sendRequest(connection.source, 'bai-dotfile-update', { path: '.nowhere', data: '', permission: '644' }),
        await sendRequest(connection.source, 'bai-dotfile-delete', { path: '.nowhere' }),
      ]) {
        expect(failure(outcome)).to.deep.include({ status: 404, title: 'No such dotfile.' });
      }
    });

    it('turns validation failures into 400 with the manager message', async () => {
      const reserved = failure(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.ssh', data: 'x', permission: '644' }));
      expect(reserved).to.deep.include({ status: 400, message: 'dotfile path is reserved for internal operations.' });

      const badPermission = failure(
        await sendRequest(connection.source, 'bai-dotfile-create', { path: '.profile', data: 'x', permission: '999' }),
      );
      expect(badPermission.status).to.equal(400);
      expect(badPermission.message).to.contain('permission');

      const tooLarge = failure(
        await sendRequest(connection.source, 'bai-bootstrap-script-update', { script: 'é'.repeat(40_000) }),
      );
      expect(tooLarge.status).to.equal(400);
      expect(tooLarge.message).to.contain('80000 bytes');
      expect(describeRequestFailure({ ok: false, reason: 'failed', error: tooLarge })).to.contain('Missing or invalid API parameters.: ');
    });

    it('refuses the 101st dotfile', async () => {
      const dotfiles = Array.from({ length: 100 }, (_, index) => ({ path: `.file${index}`, perm: '644', data: '' }));
      await seedUser(manager, { dotfiles });
      const error = failure(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.one-more', data: '', permission: '644' }));
      expect(error).to.deep.include({ status: 400, title: 'Dotfile creation has failed.', message: 'Dotfile creation limit reached' });
      expect(value(await sendRequest(connection.source, 'bai-dotfiles-fetch', {}))).to.have.length(100);
    });

    it('is refused by the manager when the secret key is wrong', async () => {
      const wrong = connect(manager, { secretKey: `${manager.secretKey}x` });
      try {
        const error = failure(await sendRequest(wrong.source, 'bai-ssh-keypair-fetch', {}));
        expect(error).to.deep.include({ status: 401, title: 'Credential/signature mismatch.', message: 'HMAC signature mismatch' });
      } finally {
        await wrong.remove();
      }
    });

    it('gives up after the timeout with a clear message, and logs it', async () => {
      const slow = connect(manager, { timeout: 300 });
      try {
        await setDelay(manager, 3000);
        const error = failure(await sendRequest(slow.source, 'bai-bootstrap-script-fetch', {}));
        expect(error.name).to.equal('TimeoutError');
        expect(error.message).to.equal('The manager did not answer within 0.3 seconds. Your input is kept: try again.');
        const [entry] = await slow.log.list();
        expect(entry).to.deep.include({ isError: true, requestMethod: 'GET', title: 'Request timed out' });
      } finally {
        await setDelay(manager, 0);
        await slow.remove();
      }
    });

    it('says what went wrong when something other than the manager answers', async () => {
      // The test page's own server has no /func: it answers 404 with a page of its own.
      const elsewhere = connect({ ...manager, endpoint: location.origin }, { mode: 'session' });
      try {
        const error = failure(await sendRequest(elsewhere.source, 'bai-dotfiles-fetch', {}));
        expect(error).to.deep.include({ name: 'ManagerError', status: 404 });
        expect(error.message).not.to.contain('<');
      } finally {
        await elsewhere.remove();
      }
    });

    it('says the manager cannot be reached when nothing answers', async () => {
      const nowhere = connect({ ...manager, endpoint: 'http://127.0.0.1:9' });
      try {
        const error = failure(await sendRequest(nowhere.source, 'bai-dotfiles-fetch', {}));
        expect(error.name).to.equal('NetworkError');
        expect(error.message).to.equal('The manager could not be reached. Check the server address and your connection, then try again.');
      } finally {
        await nowhere.remove();
      }
    });
  });

  describe('client log', () => {
    it('records every request with method, URL, parameters, status and duration', async () => {
      value(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.tmux.conf.local', data: 'set -g mouse on\n', permission: '644' }));
      failure(await sendRequest(connection.source, 'bai-dotfile-delete', { path: '.missing' }));
      const [failed, created] = await connection.log.list();
      expect(created).to.deep.include({
        isError: false,
        requestMethod: 'POST',
        requestUrl: `${manager.endpoint}/user-config/dotfiles`,
        statusCode: 200,
      });
      expect(created.requestParameters).to.deep.equal({ path: '.tmux.conf.local', data: 'set -g mouse on\n', permission: '644' });
      expect(created.durationMs).to.be.a('number');
      expect(failed).to.deep.include({
        isError: true,
        requestMethod: 'DELETE',
        requestUrl: `${manager.endpoint}/user-config/dotfiles?path=.missing`,
        statusCode: 404,
        title: 'No such dotfile.',
        type: 'https://api.backend.ai/probs/object-not-found',
      });
    });

    it('never keeps a private key, in the request or in the answer', async () => {
      const pair = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
      value(await sendRequest(connection.source, 'bai-ssh-keypair-register', pair));
      const entries = await connection.log.list();
      expect(entries).to.have.length(2);
      const stored = JSON.stringify(entries);
      const keyBody = pair.privateKey.split('\n')[1];
      expect(stored).not.to.contain(keyBody);
      expect(stored).not.to.contain('PRIVATE KEY-----\n');
      const registered = entries.find((entry) => entry.requestMethod === 'POST')!;
      expect(registered.requestParameters).to.deep.equal({ pubkey: pair.publicKey, privkey: '[REDACTED]' });
    });
  });

  it('stops answering once disconnected', async () => {
    connection.disconnect();
    const outcome = await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {});
    expect(outcome).to.deep.equal({ ok: false, reason: 'not-connected' });
  });

  it('leaves requests that a closer listener answered alone', async () => {
    connection.source.addEventListener('bai-bootstrap-script-fetch', (event) => event.respondWith('from the host'), { once: true });
    expect(value(await sendRequest(connection.source, 'bai-bootstrap-script-fetch', {}))).to.equal('from the host');
    expect(await callsTo(manager)).to.deep.equal([]);
  });
});

describe('connectManager (session mode, over HTTP)', () => {
  let manager: DemoManager;
  let connection: Connection;

  beforeEach(async () => {
    manager = await createDemoManager();
    connection = connect(manager, { mode: 'session', accessKey: undefined, secretKey: undefined });
  });

  afterEach(() => connection.remove());

  it('calls the same REST paths under /func, unsigned', async () => {
    value(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.Renviron', data: 'R_LIBS_USER=~/R\n', permission: '644' }));
    value(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}));
    const calls = await callsTo(manager);
    expect(calls.map(({ mode, method, path }) => `${mode} ${method} ${path}`)).to.deep.equal([
      'session POST /user-config/dotfiles',
      'session GET /auth/ssh-keypair',
    ]);
    const urls = (await connection.log.list()).map((entry) => entry.requestUrl);
    expect(urls).to.deep.equal([`${manager.endpoint}/func/auth/ssh-keypair`, `${manager.endpoint}/func/user-config/dotfiles`]);
  });

  it('shares the data of the keypair user, as a webserver session does', async () => {
    value(await sendRequest(connection.source, 'bai-bootstrap-script-update', { script: 'echo session' }));
    const signed = connect(manager);
    try {
      expect(value(await sendRequest(signed.source, 'bai-bootstrap-script-fetch', {}))).to.equal('echo session');
    } finally {
      await signed.remove();
    }
  });
});
