// Serves the repository's demo/ and dist/ folders read-only, nothing above them.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Folders served, by URL prefix; server/ and data/ stay private. */
export function staticFolders(root) {
  return [
    { prefix: '/dist/', folder: join(root, 'dist') },
    { prefix: '/demo/', folder: join(root, 'demo'), hidden: ['server', 'data'] },
  ];
}

export async function serveStatic(request, response, pathname, folders) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  for (const { prefix, folder, hidden = [] } of folders) {
    if (!pathname.startsWith(prefix)) continue;
    let relative;
    try {
      relative = normalize(decodeURIComponent(pathname.slice(prefix.length)) || 'index.html');
    } catch {
      return false;
    }
    if (relative.startsWith('..') || hidden.includes(relative.split(sep)[0])) return false;
    let file = join(folder, relative);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { size } = await stat(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}
