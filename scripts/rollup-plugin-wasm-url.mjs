// Ships WebAssembly a module refers to as `new URL('….wasm', import.meta.url)` as an asset
// beside the chunk, and rewrites the URL to it, so the bundle works from any path.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

const WASM_URL = /new URL\(\s*(['"])([^'"]+\.wasm)\1\s*,\s*import\.meta\.url\s*\)/g;

export function wasmUrl() {
  return {
    name: 'wasm-url',
    transform(code, id) {
      if (!code.includes('.wasm')) return null;
      let changed = false;
      const out = code.replace(WASM_URL, (_match, _quote, relative) => {
        const file = resolve(dirname(id), relative);
        const ref = this.emitFile({ type: 'asset', name: basename(file), source: readFileSync(file) });
        changed = true;
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
