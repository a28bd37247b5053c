// The role-and-name queries the tests use, bundled for bench pages so that a case waits
// for exactly what a test (and a user) would look for.
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundleQueries(root) {
  const result = await build({
    entryPoints: [join(root, 'test', 'support', 'queries.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
