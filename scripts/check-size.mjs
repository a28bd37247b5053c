// Size budget: the bundle a page loads up front, with every chunk it imports statically,
// must stay small; CodeMirror, sshpk and the shell parser must only be in lazy chunks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY = 'dist/bai-user-settings.js';
const BUDGET_KB = 60;
// `import … from`, a bare `import "…"`, and `export … from` (a re-export loads its module too).
const STATIC_IMPORT = /(?:^|[;}\s])(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*[\w*{}\s,$]+from\s*)["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) staticClosure(join(dirname(file), spec), seen);
  return seen;
}

function lazyChunks(files) {
  const lazy = new Set();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) lazy.add(join(dirname(file), spec));
  }
  return lazy;
}

const eager = staticClosure(ENTRY);
const gz = (file) => gzipSync(readFileSync(file)).length;
const eagerBytes = [...eager].reduce((sum, file) => sum + gz(file), 0);
const eagerCode = [...eager].map((file) => readFileSync(file, 'utf8')).join('\n');

const heavy = { CodeMirror: /EditorView|cm-content/, sshpk: /openssh-key-v1|PuTTY-User-Key-File/, 'shell parser': /mvdan|sh-syntax/ };
const leaked = Object.entries(heavy).filter(([, pattern]) => pattern.test(eagerCode)).map(([name]) => name);

console.log(`entry + static imports: ${(eagerBytes / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB), ${eager.size} file(s)`);
for (const file of lazyChunks(eager)) console.log(`  lazy ${file}: ${(gz(file) / 1024).toFixed(1)} KB gzip`);

let failed = false;
if (eagerBytes > BUDGET_KB * 1024) {
  console.error(`The entry is over its ${BUDGET_KB} KB budget.`);
  failed = true;
}
if (leaked.length > 0) {
  console.error(`Loaded up front but must be lazy: ${leaked.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
