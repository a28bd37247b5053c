// Serves demo managers (demo/server/demo-manager.mjs) on a port of their own during
// browser tests, so the manager bridge is tested over real HTTP, cross-origin as a
// keypair-mode page would be. Each test makes its own instance under /i/<id>/, with
// its own keypair and data, so test files running at the same time never share state.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createDemoManager } from '../../demo/server/demo-manager.mjs';
import { DemoStore } from '../../demo/server/demo-store.mjs';
import { sendJson } from '../../demo/server/http-helpers.mjs';
import { expectedSignature } from '../../demo/server/request-signature.mjs';

export function demoManagerPlugin() {
  const instances = new Map();
  let server;
  let origin;

  function start(id, credentials, file) {
    const calls = [];
    const store = new DemoStore(file);
    const manager = createDemoManager({ store, credentials, onCall: (call) => calls.push(call) });
    instances.set(id, { manager, store, calls, credentials, file });
  }

  function instance(id) {
    const found = instances.get(id);
    if (!found) throw new Error(`no demo manager ${id}`);
    return found;
  }

  const commands = {
    /** `persist: true` keeps the data in a JSON file, as `npm start` does. */
    'demo-manager-create': ({ persist = false }) => {
      const id = randomBytes(6).toString('hex');
      const credentials = { accessKey: `AKTEST${id.toUpperCase()}`, secretKey: randomBytes(24).toString('base64url') };
      const file = persist ? join(tmpdir(), `bai-demo-manager-${id}`, 'manager.json') : undefined;
      start(id, credentials, file);
      return { id, endpoint: `${origin}/i/${id}`, ...credentials };
    },
    /** A new manager process in all but name: everything in memory is dropped, the file is read again. */
    'demo-manager-restart': ({ id }) => {
      const { credentials, file } = instance(id);
      start(id, credentials, file);
      return true;
    },
    /** The API calls an instance received, in order. */
    'demo-manager-calls': ({ id }) => instance(id).calls,
    'demo-manager-set-delay': ({ id, delayMs }) => {
      instance(id).manager.delayMs = delayMs;
      return true;
    },
    /** Replaces the demo user's data, to start a test from a given state. */
    'demo-manager-seed': ({ id, user }) => {
      const { store, credentials } = instance(id);
      store.save(credentials.accessKey, { ...store.user(credentials.accessKey), ...user });
      return true;
    },
    'demo-manager-user': ({ id }) => {
      const { store, credentials } = instance(id);
      return store.user(credentials.accessKey);
    },
    /** A signature computed with Node's crypto, independently of the browser code under test. */
    'demo-manager-signature': (input) => expectedSignature(input),
  };

  return {
    name: 'bai-demo-manager',
    async serverStart() {
      server = createServer(async (request, response) => {
        const rawPath = request.url ?? '/';
        const match = /^\/i\/([0-9a-f]+)(\/[^?]*)/.exec(rawPath);
        const found = match && instances.get(match[1]);
        if (found && (await found.manager.handle(request, response, { routePath: match[2], rawPath }))) return;
        sendJson(response, 404, { type: 'https://api.backend.ai/probs/generic-not-found', title: 'Unknown URL path.' });
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
    },
    async serverStop() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
      for (const { file } of instances.values()) if (file) rmSync(dirname(file), { recursive: true, force: true });
    },
    executeCommand({ command, payload }) {
      const run = commands[command];
      return run ? run(payload ?? {}) : undefined;
    },
  };
}
