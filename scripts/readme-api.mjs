// `npm run docs`: writes the README's API section from custom-elements.json, so the docs say
// what the JSDoc on the element classes says. Only the text between the markers is ours.
// `--check` changes nothing and fails when the section is out of date (for CI).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const README = 'README.md';
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const CONTRACT_ORDER = ['bai-user-settings', 'bai-ssh-keypair-dialog', 'bai-script-editor', 'bai-client-logs'];
// Lit's lifecycle is how an element works, not what a page calls.
const LIFECYCLE = new Set([
  'render', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback',
  'firstUpdated', 'updated', 'willUpdate', 'shouldUpdate', 'update', 'performUpdate', 'scheduleUpdate',
  'getUpdateComplete', 'createRenderRoot', 'requestUpdate',
]);

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const isPublic = (member) => !member.static && (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function section(title, headers, rows) {
  const lines = table(headers, rows);
  return lines.length === 0 ? [] : [`#### ${title}`, '', ...lines];
}

function signature(method) {
  const params = (method.parameters ?? []).map((p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  const returns = method.return?.type?.text;
  return `${method.name}(${params.join(', ')})${returns ? `: ${returns}` : ''}`;
}

export function elementDocs(declaration) {
  const members = (declaration.members ?? []).filter(isPublic);
  // Properties with an attribute are in the Attributes table, with their property name.
  const fields = members.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method' && !LIFECYCLE.has(m.name));
  const lines = [`### \`<${declaration.tagName}>\``, ''];
  if (declaration.summary) lines.push(cell(declaration.summary), '');
  if (declaration.description && declaration.description !== declaration.summary) lines.push(declaration.description.trim(), '');
  lines.push(
    ...section('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (declaration.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)])),
    ...section('Properties without an attribute', ['Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [code(f.name), code(f.type?.text), code(f.default), cell([f.readonly ? 'Read-only.' : '', f.description].filter(Boolean).join(' '))])),
    ...section('Methods', ['Method', 'Description'], methods.map((m) => [code(signature(m)), cell(m.description)])),
    ...section('Events', ['Event', 'Type', 'Description'],
      (declaration.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    ...section('Slots', ['Slot', 'Description'], (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    ...section('CSS parts', ['Part', 'Description'], (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    ...section('CSS custom properties', ['Property', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
  );
  return lines;
}

export function apiSection(manifest) {
  const elements = (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const rank = (tag) => (CONTRACT_ORDER.includes(tag) ? CONTRACT_ORDER.indexOf(tag) : CONTRACT_ORDER.length);
  elements.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
  const intro = ['<!-- Generated from custom-elements.json by `npm run docs`; edit the JSDoc on the element classes instead. -->', ''];
  if (elements.length === 0) return [...intro, 'No element is documented yet.', ''].join('\n');
  return [...intro, ...elements.flatMap(elementDocs)].join('\n');
}

export function withSection(readme, body) {
  const block = `${START}\n${body.trimEnd()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${readme.trimEnd()}${readme.trim() ? '\n\n' : ''}${block}\n`;
  return readme.slice(0, start) + block + readme.slice(end + END.length);
}

function main() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifestPath = pkg.customElements ?? 'custom-elements.json';
  if (!existsSync(manifestPath)) {
    console.error(`✗ ${manifestPath} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const body = apiSection(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const current = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const next = withSection(current, body);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(`✗ The API section of ${README} is out of date: run \`npm run docs\`.`);
      process.exit(1);
    }
    console.log(`✓ The API section of ${README} matches ${manifestPath}.`);
    return;
  }
  if (next !== current) writeFileSync(README, next);
  console.log(`${next === current ? 'Unchanged' : 'Wrote'}: the API section of ${README} from ${manifestPath}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
