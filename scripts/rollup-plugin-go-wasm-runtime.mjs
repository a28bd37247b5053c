// sh-syntax's Go runtime (`vendors/wasm_exec.cjs`) is a plain script that defines
// `globalThis.Go` and only calls `require` under Node. As a `.cjs` file the CommonJS plugin
// would hoist those requires into `import "node:fs"`, and the package's "sideEffects" list
// (which names `wasm_exec.js`) would let it be dropped; load it under a virtual id instead.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const VIRTUAL_ID = '\0go-wasm-runtime';

export function goWasmRuntime() {
  let file;
  return {
    name: 'go-wasm-runtime',
    resolveId(source, importer) {
      if (!source.endsWith('wasm_exec.cjs') || !importer?.includes('sh-syntax')) return null;
      file = resolve(dirname(importer), source);
      return { id: VIRTUAL_ID, moduleSideEffects: 'no-treeshake' };
    },
    load(id) {
      return id === VIRTUAL_ID ? readFileSync(file, 'utf8') : null;
    },
  };
}
