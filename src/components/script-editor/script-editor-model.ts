import { sendRequest, type RequestOutcome } from '../../protocol/send-request.js';
import type { Dotfile } from '../../protocol/request-map.js';
import { DraftStore, type Draft } from '../../drafts/draft-store.js';
import { DebouncedDraftWriter } from '../../drafts/debounced-draft-writer.js';
import { canCreateDotfile, checkScriptSize, MAX_DOTFILES } from '../../dotfiles/limits.js';
import { checkDotfilePath, type DotfilePathProblem } from '../../dotfiles/path-rules.js';
import { DEFAULT_DOTFILE_PERMISSION, DEFAULT_DOTFILES, dotfileChoices } from '../../dotfiles/known-files.js';

export type ScriptEditorMode = 'dotfiles' | 'bootstrap';

type Failure = Exclude<RequestOutcome<unknown>, { ok: true }>;

export type LoadResult = { ok: true } | { ok: false; failure: Failure };

export type SaveResult =
  | { kind: 'saved'; action: 'created' | 'updated' | 'bootstrap' }
  | { kind: 'no-changes' }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'too-many-files'; limit: number }
  | { kind: 'invalid-path'; problem: DotfilePathProblem }
  | { kind: 'failed'; failure: Failure };

export type DeleteResult = { kind: 'deleted' } | { kind: 'not-on-server' } | { kind: 'failed'; failure: Failure };

export type AddPathResult = { ok: true } | { ok: false; problem: DotfilePathProblem };

export const BOOTSTRAP_DOCUMENT_KEY = 'bootstrap';

/**
 * The state behind `<bai-script-editor>`: the manager's copy of each script, the text being
 * edited, whether it differs, its local draft, and the manager's rules checked before any
 * request goes out. No DOM: requests are dispatched from `source` and answered by the host.
 */
export class ScriptEditorModel {
  readonly mode: ScriptEditorMode;
  readonly drafts: DraftStore;
  readonly #source: EventTarget;
  readonly #writer: DebouncedDraftWriter;
  readonly #timeout: number | undefined;
  #serverFiles = new Map<string, Dotfile>();
  #addedPaths = new Set<string>();
  #bootstrap = '';
  #loaded = false;
  #path: string;
  #text = '';

  constructor(
    source: EventTarget,
    mode: ScriptEditorMode,
    { namespace = 'default', path, draftDelay, timeout }: { namespace?: string; path?: string; draftDelay?: number; timeout?: number } = {},
  ) {
    this.#source = source;
    this.mode = mode;
    this.drafts = new DraftStore(namespace);
    this.#writer = new DebouncedDraftWriter(this.drafts, draftDelay);
    this.#timeout = timeout;
    this.#path = mode === 'dotfiles' ? path || DEFAULT_DOTFILES[0]! : '';
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  /** The dotfile being edited; empty in bootstrap mode. */
  get path(): string {
    return this.#path;
  }

  get text(): string {
    return this.#text;
  }

  /** The manager's copy of the current document ('' when it has none). */
  get serverText(): string {
    if (this.mode === 'bootstrap') return this.#bootstrap;
    return this.#serverFiles.get(this.#path)?.data ?? '';
  }

  /** Whether the manager has the current document (always, for the bootstrap script). */
  get onServer(): boolean {
    return this.mode === 'bootstrap' || this.#serverFiles.has(this.#path);
  }

  get dirty(): boolean {
    return this.#text !== this.serverText;
  }

  get serverFileCount(): number {
    return this.#serverFiles.size;
  }

  /** Paths the file picker offers: the usual ones, every file the manager has, and new ones. */
  get choices(): string[] {
    return dotfileChoices(this.#serverFiles.keys(), [...this.#addedPaths, this.#path]);
  }

  get documentKey(): string {
    return this.mode === 'bootstrap' ? BOOTSTRAP_DOCUMENT_KEY : `dotfiles:${this.#path}`;
  }

  #request<K extends 'bai-dotfiles-fetch' | 'bai-bootstrap-script-fetch' | 'bai-dotfile-create' | 'bai-dotfile-update' | 'bai-dotfile-delete' | 'bai-bootstrap-script-update'>(
    type: K,
    detail: Parameters<typeof sendRequest<K>>[2],
  ) {
    return sendRequest(this.#source, type, detail, this.#timeout === undefined ? {} : { timeout: this.#timeout });
  }

  /** Fetches the manager's copies; the text being edited is kept when it had changes. */
  async load(): Promise<LoadResult> {
    const wasDirty = this.#loaded && this.dirty;
    if (this.mode === 'bootstrap') {
      const outcome = await this.#request('bai-bootstrap-script-fetch', {});
      if (!outcome.ok) return { ok: false, failure: outcome };
      this.#bootstrap = typeof outcome.value === 'string' ? outcome.value : '';
    } else {
      const outcome = await this.#request('bai-dotfiles-fetch', {});
      if (!outcome.ok) return { ok: false, failure: outcome };
      this.#serverFiles = new Map(
        (Array.isArray(outcome.value) ? outcome.value : [])
          .filter((file) => file && typeof file.path === 'string')
          .map((file) => [file.path, { path: file.path, permission: file.permission || DEFAULT_DOTFILE_PERMISSION, data: file.data ?? '' }]),
      );
    }
    this.#loaded = true;
    if (!wasDirty) this.#text = this.serverText;
    return { ok: true };
  }

  /** The stored draft of the current document, when it says something the manager does not have. */
  async pendingDraft(): Promise<Draft | undefined> {
    const draft = await this.drafts.get(this.documentKey);
    if (!draft || draft.text === this.serverText || draft.text === this.#text) return undefined;
    return draft;
  }

  /** The user typed: keep the text, and keep it as a draft until the manager has it. */
  edit(text: string): void {
    this.#text = text;
    if (this.dirty) this.#writer.schedule(this.documentKey, text);
    else void this.#writer.discard(this.documentKey);
  }

  /** Switches to another dotfile, showing the manager's copy; the caller asked about unsaved changes first. */
  select(path: string): void {
    this.#path = path;
    this.#text = this.serverText;
  }

  /** Adds a path the user typed to the picker, after the manager's path rules. */
  addPath(path: string): AddPathResult {
    const problem = checkDotfilePath(path);
    if (problem) return { ok: false, problem };
    this.#addedPaths.add(path);
    return { ok: true };
  }

  /** Puts the manager's copy back and forgets the draft. */
  async discardChanges(): Promise<void> {
    this.#text = this.serverText;
    await this.#writer.discard(this.documentKey);
  }

  /** Writes any draft still waiting for its debounce. */
  flushDrafts(): Promise<void> {
    return this.#writer.flush();
  }

  async save(): Promise<SaveResult> {
    const text = this.#text;
    if (!this.dirty) return { kind: 'no-changes' };
    const size = checkScriptSize(text);
    if (!size.ok) return { kind: 'too-large', bytes: size.bytes, limit: size.limit };
    const key = this.documentKey;
    await this.#writer.flush();

    if (this.mode === 'bootstrap') {
      const outcome = await this.#request('bai-bootstrap-script-update', { script: text });
      if (!outcome.ok) return { kind: 'failed', failure: outcome };
      this.#bootstrap = text;
      await this.#settle(key, text);
      return { kind: 'saved', action: 'bootstrap' };
    }

    const path = this.#path;
    const problem = checkDotfilePath(path);
    if (problem) return { kind: 'invalid-path', problem };
    const existing = this.#serverFiles.get(path);
    if (!existing && !canCreateDotfile(this.#serverFiles.size)) return { kind: 'too-many-files', limit: MAX_DOTFILES };
    const file: Dotfile = { path, permission: existing?.permission ?? DEFAULT_DOTFILE_PERMISSION, data: text };
    const outcome = await this.#request(existing ? 'bai-dotfile-update' : 'bai-dotfile-create', file);
    if (!outcome.ok) return { kind: 'failed', failure: outcome };
    this.#serverFiles.set(path, file);
    await this.#settle(key, text);
    return { kind: 'saved', action: existing ? 'updated' : 'created' };
  }

  /** Deletes the current dotfile, or empties the bootstrap script (the manager has no delete for it). */
  async remove(): Promise<DeleteResult> {
    const key = this.documentKey;
    if (this.mode === 'bootstrap') {
      const outcome = await this.#request('bai-bootstrap-script-update', { script: '' });
      if (!outcome.ok) return { kind: 'failed', failure: outcome };
      this.#bootstrap = '';
      this.#text = '';
      await this.#writer.discard(key);
      return { kind: 'deleted' };
    }
    const path = this.#path;
    if (!this.#serverFiles.has(path)) return { kind: 'not-on-server' };
    const outcome = await this.#request('bai-dotfile-delete', { path });
    if (!outcome.ok) return { kind: 'failed', failure: outcome };
    this.#serverFiles.delete(path);
    this.#addedPaths.delete(path);
    await this.#writer.discard(key);
    this.#path = DEFAULT_DOTFILES.includes(path) ? path : DEFAULT_DOTFILES[0]!;
    this.#text = this.serverText;
    return { kind: 'deleted' };
  }

  // The draft goes only if the user did not type on while the request was out.
  async #settle(key: string, savedText: string): Promise<void> {
    if (this.documentKey === key && this.#text === savedText) await this.#writer.discard(key);
  }
}
