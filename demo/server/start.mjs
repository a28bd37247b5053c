// `npm start`: the demo page and an embedded demo manager on one port, so the demo
// needs no other server. Data lives in demo/data/manager.json across restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { genericNotFound } from './backend-ai-errors.mjs';
import { createDemoManager } from './demo-manager.mjs';
import { DemoStore } from './demo-store.mjs';
import { sendJson } from './http-helpers.mjs';
import { serveStatic, staticFolders } from './static-files.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataFolder = join(root, 'demo', 'data');
const port = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';

// One keypair per checkout, made on first start, so a bookmarked keypair-mode page keeps working.
function demoCredentials() {
  const file = join(dataFolder, 'credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const credentials = {
    accessKey: `AKIADEMO${randomBytes(6).toString('hex').toUpperCase()}`,
    secretKey: randomBytes(30).toString('base64url'),
  };
  mkdirSync(dataFolder, { recursive: true });
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

const credentials = demoCredentials();
const manager = createDemoManager({ store: new DemoStore(join(dataFolder, 'manager.json')), credentials });
const folders = staticFolders(root);

const server = createServer(async (request, response) => {
  const rawPath = request.url ?? '/';
  const { pathname } = new URL(rawPath, 'http://demo.invalid');
  try {
    if (pathname === '/' || pathname === '/demo') {
      response.writeHead(302, { Location: '/demo/' }).end();
      return;
    }
    // The demo page reads the demo keypair from here to try keypair mode; a real page
    // would never expose a secret key like this.
    if (pathname === '/demo-credentials.json') {
      sendJson(response, 200, credentials);
      return;
    }
    if (await manager.handle(request, response, { routePath: pathname, rawPath })) return;
    if (await serveStatic(request, response, pathname, folders)) return;
    sendJson(response, 404, genericNotFound().body());
  } catch (error) {
    console.error(error);
    if (!response.headersSent) sendJson(response, 500, { title: 'Internal error' });
  }
});

server.on('error', (error) => {
  console.error(`The demo server could not listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  console.log(`bai-user-settings demo: open http://${host}:${port}/demo/`);
  console.log(`  session mode (default): the page calls http://${host}:${port}/func/...`);
  console.log(`  keypair mode: http://${host}:${port}/demo/?mode=keypair`);
  console.log(`  demo access key: ${credentials.accessKey}`);
  console.log(`  demo secret key: ${credentials.secretKey}`);
  console.log(`  data: ${join(dataFolder, 'manager.json')}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
