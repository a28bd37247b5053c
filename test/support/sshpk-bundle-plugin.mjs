// The dev server serves ES modules only; sshpk is CommonJS and wants Node's builtins.
// This plugin answers the bare import 'sshpk' with a bundle rollup makes once per run
// through the same shims as the production build (rollup.config.mjs).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { browserNodeShims } from '../../rollup.config.mjs';

const BUNDLE_PATH = '/__bai-sshpk.mjs';
const ENTRY = '\0bai-sshpk-entry';

async function buildSshpk() {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'sshpk-entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? "import sshpk from 'sshpk'; export default sshpk;" : null) },
      commonjs(),
      ...browserNodeShims(),
      nodeResolve({ browser: true, preferBuiltins: false }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY' && warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

export function sshpkBundlePlugin() {
  let code;
  return {
    name: 'sshpk-bundle',
    resolveImport({ source }) {
      return source === 'sshpk' ? BUNDLE_PATH : undefined;
    },
    async serve(context) {
      if (context.path !== BUNDLE_PATH) return undefined;
      code ??= buildSshpk();
      return { body: await code, type: 'js' };
    },
  };
}
