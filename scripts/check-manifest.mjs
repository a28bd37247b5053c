// The custom-elements manifest is what IDEs, docs and the README's API section read: every
// element of the contract must be in it, with its tag, a summary and the events it fires.
// Usage: node scripts/check-manifest.mjs [path/to/custom-elements.json]
import { existsSync, readFileSync } from 'node:fs';

// The events of DESIGN.md section 5 each element emits itself (requests it sends, and every
// message it shows). An element may document more; these it must not leave out.
const REQUIRED_EVENTS = {
  'bai-user-settings': ['bai-preference-change', 'bai-notification', 'bai-update-available'],
  'bai-ssh-keypair-dialog': [
    'bai-ssh-keypair-fetch',
    'bai-ssh-keypair-generate',
    'bai-ssh-keypair-register',
    'bai-notification',
  ],
  'bai-script-editor': [
    'bai-dotfiles-fetch',
    'bai-dotfile-create',
    'bai-dotfile-update',
    'bai-dotfile-delete',
    'bai-bootstrap-script-fetch',
    'bai-bootstrap-script-update',
    'bai-notification',
  ],
  'bai-client-logs': ['bai-notification'],
};

const CONTRACT_EVENTS = new Set([
  ...Object.values(REQUIRED_EVENTS).flat(),
  'bai-auto-logout',
]);

function manifestPath() {
  if (process.argv[2]) return process.argv[2];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return pkg.customElements ?? 'custom-elements.json';
}

function declarationsOf(manifest) {
  return (manifest.modules ?? []).flatMap((module) =>
    (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })),
  );
}

/** Problems of one element's entry, as sentences; empty when it is complete. */
function problemsOf(tag, declaration) {
  const problems = [];
  if (!declaration.summary?.trim()) problems.push('no @summary');
  const documented = new Map((declaration.events ?? []).map((event) => [event.name, event]));
  const missing = REQUIRED_EVENTS[tag].filter((name) => !documented.has(name));
  if (missing.length > 0) problems.push(`no @fires for ${missing.join(', ')}`);
  for (const [name, event] of documented) {
    if (!name) problems.push('an @fires without an event name');
    else if (!event.description?.trim()) problems.push(`@fires ${name} has no description`);
  }
  return problems;
}

const path = manifestPath();
if (!existsSync(path)) {
  console.error(`✗ ${path} does not exist: run \`npm run build\` first (it runs the manifest analyzer).`);
  process.exit(1);
}

const declarations = declarationsOf(JSON.parse(readFileSync(path, 'utf8')));
const elements = new Map(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));
const report = [];

for (const tag of Object.keys(REQUIRED_EVENTS)) {
  const declaration = elements.get(tag);
  if (!declaration) {
    report.push(`${tag}: not in the manifest (its class needs a JSDoc \`@tag ${tag}\` and a file under src/components/)`);
    continue;
  }
  for (const problem of problemsOf(tag, declaration)) report.push(`${tag} (${declaration.modulePath}): ${problem}`);
}

const untagged = declarations.filter((d) => d.customElement && !d.tagName);
for (const declaration of untagged) {
  report.push(`${declaration.name} (${declaration.modulePath}): a custom element without a tag name (add \`@tag\`)`);
}

for (const [tag, declaration] of elements) {
  const unknown = (declaration.events ?? []).map((event) => event.name).filter((name) => name && !CONTRACT_EVENTS.has(name));
  if (unknown.length > 0) console.warn(`! ${tag}: documents events outside DESIGN.md section 5: ${unknown.join(', ')}`);
}

if (report.length > 0) {
  console.error(`✗ ${path} is incomplete:`);
  for (const line of report) console.error(`  - ${line}`);
  process.exit(1);
}
const events = [...elements.values()].reduce((sum, declaration) => sum + (declaration.events?.length ?? 0), 0);
console.log(`✓ ${path}: ${elements.size} element(s), ${events} documented event(s)`);
