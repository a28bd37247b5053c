// Find controls the way a user (and a screen reader) does: by role and accessible name,
// through every shadow root and slot. A small subset of WAI-ARIA's role and name rules,
// enough for native controls, our elements and the @material/web components they use.
import { internals as materialInternals } from '@material/web/labs/behaviors/element-internals.js';

export type Root = Document | Element | ShadowRoot;
export type NameMatcher = string | RegExp;

export interface RoleQuery {
  name?: NameMatcher;
  /** Also match elements that are not rendered or hidden from assistive technology. */
  hidden?: boolean;
}

const NAME_FROM_CONTENT = new Set([
  'button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab',
  'tooltip', 'treeitem',
]);

const INPUT_ROLES: Record<string, string> = {
  button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox',
  radio: 'radio', range: 'slider', number: 'spinbutton', search: 'searchbox', email: 'textbox',
  tel: 'textbox', text: 'textbox', url: 'textbox', password: 'textbox', file: 'button',
};

const TAG_ROLES: Record<string, string> = {
  button: 'button', textarea: 'textbox', dialog: 'dialog', h1: 'heading', h2: 'heading',
  h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading', ul: 'list', ol: 'list',
  li: 'listitem', table: 'table', tr: 'row', th: 'columnheader', td: 'cell', progress: 'progressbar',
  option: 'option', nav: 'navigation', main: 'main', summary: 'button', output: 'status',
};

interface WithInternals {
  internals?: ElementInternals;
  [materialInternals]?: ElementInternals;
}

export function roleOf(element: Element): string | undefined {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit === 'none' ? 'presentation' : explicit;
  const fromInternals = (element as Element & WithInternals)[materialInternals]?.role ?? (element as Element & WithInternals).internals?.role;
  if (fromInternals) return fromInternals;
  const tag = element.localName;
  if (tag === 'input') return INPUT_ROLES[(element as HTMLInputElement).type] ?? 'textbox';
  if (tag === 'select') {
    const select = element as HTMLSelectElement;
    return select.multiple || select.size > 1 ? 'listbox' : 'combobox';
  }
  if (tag === 'a') return element.hasAttribute('href') ? 'link' : undefined;
  if (tag === 'img') return element.getAttribute('alt') === '' ? 'presentation' : 'img';
  return TAG_ROLES[tag];
}

function composedParent(node: Node): Node | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

function isHidden(element: Element): boolean {
  for (let node: Node | null = element; node; node = composedParent(node)) {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return true;
  }
  if (typeof element.checkVisibility === 'function') {
    return !element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  }
  return getComputedStyle(element).display === 'none';
}

function childNodesOf(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length > 0 ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

function textOf(node: Node, top: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return childNodesOf(node).map((child) => textOf(child, false)).join('');
  if (['script', 'style', 'template'].includes(node.localName)) return '';
  if (!top) {
    if (node.getAttribute('aria-hidden') === 'true') return '';
    if (node instanceof HTMLElement && getComputedStyle(node).display === 'none') return '';
    const label = node.getAttribute('aria-label')?.trim();
    if (label) return ` ${label} `;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) return ` ${node.value} `;
    if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
  }
  const inner = childNodesOf(node).map((child) => textOf(child, false)).join('');
  const display = node instanceof HTMLElement ? getComputedStyle(node).display : 'inline';
  return display === 'inline' || display === 'contents' ? inner : ` ${inner} `;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function labelledBy(element: Element): string | undefined {
  const ids = element.getAttribute('aria-labelledby')?.trim();
  if (!ids) return undefined;
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts = ids.split(/\s+/).map((id) => root.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  return parts.length > 0 ? squash(parts.map((part) => textOf(part, true)).join(' ')) : undefined;
}

function labelsOf(element: Element): string | undefined {
  const labels = (element as HTMLInputElement).labels;
  if (!labels || labels.length === 0) return undefined;
  return squash([...labels].map((label) => textOf(label, true)).join(' '));
}

/** The accessible name, following the order of the accname steps that matter here. */
export function nameOf(element: Element): string {
  const direct = labelledBy(element) ?? (element.getAttribute('aria-label')?.trim() || undefined) ?? labelsOf(element);
  if (direct) return direct;
  if (element.localName === 'img') return squash(element.getAttribute('alt') ?? '');
  const role = roleOf(element);
  if (role && NAME_FROM_CONTENT.has(role)) {
    const content = squash(textOf(element, true));
    if (content) return content;
  }
  // A control inside a form-associated element's shadow root is named by the host's label.
  const root = element.getRootNode();
  if (root instanceof ShadowRoot && role) {
    const host = root.host;
    const hostName = labelledBy(host) ?? (host.getAttribute('aria-label')?.trim() || undefined) ?? labelsOf(host);
    if (hostName) return hostName;
  }
  return squash(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
}

function* allElements(root: Root): Generator<Element> {
  const start: Node[] = root instanceof Element ? [root] : [...root.childNodes];
  for (const node of start) yield* walk(node);
}

function* walk(node: Node): Generator<Element> {
  if (!(node instanceof Element)) return;
  yield node;
  if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) yield* walk(child);
  for (const child of node.children) yield* walk(child);
}

function matches(name: string, matcher: NameMatcher | undefined): boolean {
  if (matcher === undefined) return true;
  return typeof matcher === 'string' ? name === matcher.trim() : matcher.test(name);
}

function describe(role: string, query: RoleQuery): string {
  return query.name === undefined ? `role "${role}"` : `role "${role}" named ${String(query.name)}`;
}

export function getAllByRole(root: Root, role: string, query: RoleQuery = {}): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of allElements(root)) {
    if (roleOf(element) !== role) continue;
    if (!query.hidden && isHidden(element)) continue;
    if (matches(nameOf(element), query.name)) found.push(element as HTMLElement);
  }
  return found;
}

export function queryByRole(root: Root, role: string, query: RoleQuery = {}): HTMLElement | null {
  const found = getAllByRole(root, role, query);
  if (found.length > 1) throw new Error(`Found ${found.length} elements with ${describe(role, query)}`);
  return found[0] ?? null;
}

/** Names of every element with this role, for error messages that say what is there instead. */
function available(root: Root, role: string): string {
  const names = getAllByRole(root, role).map((element) => JSON.stringify(nameOf(element)));
  return names.length > 0 ? names.join(', ') : 'none';
}

export function getByRole(root: Root, role: string, query: RoleQuery = {}): HTMLElement {
  const element = queryByRole(root, role, query);
  if (!element) throw new Error(`No element with ${describe(role, query)}; with that role: ${available(root, role)}`);
  return element;
}

// Timers, not animation frames: a page running behind another one gets no frames.
const nextPoll = () => new Promise((resolve) => setTimeout(resolve, 16));

/** Waits (polling) until exactly one element matches. */
export async function findByRole(root: Root, role: string, query: RoleQuery = {}, timeoutMs = 5000): Promise<HTMLElement> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const element = queryByRole(root, role, query);
    if (element) return element;
    if (performance.now() > deadline) return getByRole(root, role, query);
    await nextPoll();
  }
}

/** Waits until no element matches, e.g. for a dialog to close. */
export async function waitForNoRole(root: Root, role: string, query: RoleQuery = {}, timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (getAllByRole(root, role, query).length > 0) {
    if (performance.now() > deadline) throw new Error(`Still present after ${timeoutMs} ms: ${describe(role, query)}`);
    await nextPoll();
  }
}

/** All text a user can see under root, through shadow roots and slots, whitespace folded. */
export function visibleText(root: Root): string {
  return squash(textOf(root instanceof Element ? root : (root as Node), true));
}
