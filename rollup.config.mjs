import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { wasmUrl } from './scripts/rollup-plugin-wasm-url.mjs';
import { workerUrl } from './scripts/rollup-plugin-worker-url.mjs';
import { goWasmRuntime } from './scripts/rollup-plugin-go-wasm-runtime.mjs';
import nodePolyfills from 'rollup-plugin-polyfill-node';

const NODE_CRYPTO_SHIM = fileURLToPath(new URL('./src/ssh/node-crypto-shim.js', import.meta.url));

/** Node builtins for sshpk (CommonJS, lazy chunk): `crypto` from a small shim, the rest polyfilled. */
export function browserNodeShims() {
  return [
    { name: 'node-crypto-shim', resolveId: (id) => (id === 'crypto' ? NODE_CRYPTO_SHIM : null) },
    nodePolyfills({ include: [/node_modules\/(sshpk|asn1|assert-plus|bcrypt-pbkdf|ecc-jsbn|jsbn|safer-buffer|tweetnacl)\//, /node_modules\/polyfill-node/] }),
  ];
}

// Two entries: the self-registering bundle a page loads with one script tag, and the
// API. One build, so a page that loads both (a host using connectManager) shares one
// copy of Lit and Material: two copies would define md-* elements twice and throw.
// No bare specifiers; heavy parts (CodeMirror, sshpk, locales) stay behind dynamic
// import() as chunks beside it.
function plugins() {
  return [
    wasmUrl(),
    workerUrl(),
    goWasmRuntime(),
    typescript({
      tsconfig: 'tsconfig.build.json',
      compilerOptions: { declaration: false, emitDeclarationOnly: false, noEmit: false, outDir: 'dist', rootDir: 'src' },
    }),
    // commonjs first: it must see sshpk's CommonJS before the polyfills inject imports into it.
    commonjs(),
    ...browserNodeShims(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ];
}

function onwarn(warning, warn) {
  // Lit and Material use `this` at module level in their decorators' helpers; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

export default [
  {
    input: { 'bai-user-settings': 'src/define.ts', index: 'src/index.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
];
