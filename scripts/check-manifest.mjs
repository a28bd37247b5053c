// The custom-elements manifest is what IDEs, docs and the README's API section read: every
// element of the contract must be in it, with its tag, a summary and the events it fires.
// After a build it also checks that package.json points at files the build wrote and the
// package ships. Usage: node scripts/check-manifest.mjs [path/to/custom-elements.json]
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';

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

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every file path an `exports` map names, conditions included. */
function exportTargets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/** Whether `files` in package.json ships this path (entries are files or folders). */
function shipped(path) {
  const wanted = normalize(path);
  return ['package.json', ...(pkg.files ?? [])].some((entry) => {
    const shippedPath = normalize(entry).replace(/\/$/, '');
    return wanted === shippedPath || wanted.startsWith(`${shippedPath}/`);
  });
}

/** Problems with what package.json says about the build: entry points, types, the manifest. */
function packageProblems() {
  const problems = [];
  const manifest = pkg.customElements;
  if (!manifest) problems.push('package.json: no "customElements" field');
  else if (isAbsolute(manifest) || normalize(manifest).startsWith('..')) problems.push(`package.json: "customElements" points outside the package (${manifest})`);
  else if (!shipped(manifest)) problems.push(`package.json: "files" does not ship ${manifest}`);
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    const conditions = typeof target === 'object' ? target : {};
    if (typeof target === 'object' && entry !== './package.json' && !entry.endsWith('.json') && !('types' in conditions)) {
      problems.push(`package.json: exports["${entry}"] has no "types"`);
    }
    for (const file of exportTargets(target)) {
      if (!existsSync(file)) problems.push(`package.json: exports["${entry}"] names ${file}, which the build did not write`);
      else if (!shipped(file)) problems.push(`package.json: exports["${entry}"] names ${file}, which "files" does not ship`);
    }
  }
  for (const field of ['main', 'module', 'types']) {
    if (pkg[field] && !existsSync(pkg[field])) problems.push(`package.json: "${field}" names ${pkg[field]}, which the build did not write`);
  }
  return problems;
}

function manifestPath() {
  return process.argv[2] ?? pkg.customElements ?? 'custom-elements.json';
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

/** Everything wrong with the manifest at `path`, as sentences. */
function manifestProblems(path) {
  if (!existsSync(path)) return { elements: new Map(), problems: [`${path} does not exist: run \`npm run build\` first (it runs the manifest analyzer)`] };
  const declarations = declarationsOf(JSON.parse(readFileSync(path, 'utf8')));
  const elements = new Map(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));
  const problems = [];
  for (const tag of Object.keys(REQUIRED_EVENTS)) {
    const declaration = elements.get(tag);
    if (!declaration) {
      problems.push(`${tag}: not in the manifest (its class, under src/components/, needs \`defineElement('${tag}', …)\` in src/define.ts or a JSDoc \`@tag ${tag}\`)`);
      continue;
    }
    for (const problem of problemsOf(tag, declaration)) problems.push(`${tag} (${declaration.modulePath}): ${problem}`);
  }
  for (const declaration of declarations.filter((d) => d.customElement && !d.tagName)) {
    problems.push(`${declaration.name} (${declaration.modulePath}): a custom element without a tag name (not registered in src/define.ts, no \`@tag\`)`);
  }
  for (const [tag, declaration] of elements) {
    const unknown = (declaration.events ?? []).map((event) => event.name).filter((name) => name && !CONTRACT_EVENTS.has(name));
    if (unknown.length > 0) console.warn(`! ${tag}: documents events outside DESIGN.md section 5: ${unknown.join(', ')}`);
  }
  return { elements, problems };
}

const path = manifestPath();
const { elements, problems } = manifestProblems(path);
// With a path given, only that manifest is checked; by default package.json's entries too.
const report = [...(process.argv[2] ? [] : packageProblems()), ...problems];
if (report.length > 0) {
  console.error(`✗ The custom-elements manifest (${path}) or the package entries are incomplete:`);
  for (const line of report) console.error(`  - ${line}`);
  process.exit(1);
}
const events = [...elements.values()].reduce((sum, declaration) => sum + (declaration.events?.length ?? 0), 0);
console.log(`✓ ${path}: ${elements.size} element(s), ${events} documented event(s); package.json entries point at built, shipped files`);
