// Ships a worker a module starts as `new URL('….worker.ts', import.meta.url)` as one
// self-contained script beside the chunk, and rewrites the URL to it, so the bundle works
// from any path. The worker is bundled on its own (esbuild): sharing chunks with the page
// could make it import the self-registering entry, which needs a window.
import { basename, dirname, resolve } from 'node:path';
import { build } from 'esbuild';

const WORKER_URL = /new URL\(\s*(['"])([^'"]+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)/g;

async function bundleWorker(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function workerUrl() {
  return {
    name: 'worker-url',
    async transform(code, id) {
      if (!code.includes('.worker.ts')) return null;
      const found = [...code.matchAll(WORKER_URL)];
      if (found.length === 0) return null;
      let out = code;
      for (const [match, , relative] of found) {
        const file = resolve(dirname(id), relative);
        const workerCode = await bundleWorker(file);
        this.addWatchFile(file);
        const ref = this.emitFile({ type: 'asset', name: basename(file).replace(/\.ts$/, '.js'), source: workerCode });
        out = out.replace(match, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`);
      }
      return { code: out, map: null };
    },
  };
}
