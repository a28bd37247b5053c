import type { BaiRequestEvent } from '../../../src/protocol/request-event.js';
import { BAI_REQUEST_NAMES, type BaiRequestName, type Dotfile } from '../../../src/protocol/request-map.js';

// Every request but the SSH keypair ones: what the script editor sends.
const NAMES = BAI_REQUEST_NAMES.filter((name) => !name.startsWith('bai-ssh-keypair-'));

/** What the host answers for one request: a value, or a Backend.AI error body to reject with. */
export type Answer = { reject: unknown } | undefined;

/**
 * An in-memory manager answering the editor's request events on `target`, with the
 * manager's own rules (create fails on an existing path, update on a missing one).
 */
export class FakeManager {
  files = new Map<string, Dotfile>();
  bootstrap = '';
  requests: { type: string; detail: unknown }[] = [];
  /** The next answer to a request of a type, instead of the normal one. */
  failNext = new Map<string, unknown>();
  readonly #target: EventTarget;
  readonly #listener = (event: Event) => this.#answer(event as BaiRequestEvent);

  constructor(target: EventTarget, files: Dotfile[] = []) {
    this.#target = target;
    for (const file of files) this.files.set(file.path, file);
    for (const name of NAMES) target.addEventListener(name, this.#listener);
  }

  disconnect(): void {
    for (const name of NAMES) this.#target.removeEventListener(name, this.#listener);
  }

  sent(type: string): unknown[] {
    return this.requests.filter((request) => request.type === type).map((request) => request.detail);
  }

  #answer(event: BaiRequestEvent): void {
    this.requests.push({ type: event.type, detail: event.detail });
    if (this.failNext.has(event.type)) {
      const reason = this.failNext.get(event.type);
      this.failNext.delete(event.type);
      event.respondWith(Promise.reject(reason));
      return;
    }
    event.respondWith(this.#handle(event.type as BaiRequestName, event.detail) as never);
  }

  async #handle(type: BaiRequestName, detail: unknown): Promise<unknown> {
    switch (type) {
      case 'bai-dotfiles-fetch':
        return [...this.files.values()].map((file) => ({ ...file }));
      case 'bai-bootstrap-script-fetch':
        return this.bootstrap;
      case 'bai-bootstrap-script-update':
        this.bootstrap = (detail as { script: string }).script;
        return undefined;
      case 'bai-dotfile-create': {
        const file = detail as Dotfile;
        if (this.files.has(file.path)) throw { title: 'Dotfile already exists', msg: 'Dotfile creation has failed.' };
        this.files.set(file.path, { ...file });
        return undefined;
      }
      case 'bai-dotfile-update': {
        const file = detail as Dotfile;
        if (!this.files.has(file.path)) throw { title: 'Dotfile not found', msg: 'Requested dotfile not found.' };
        this.files.set(file.path, { ...file });
        return undefined;
      }
      case 'bai-dotfile-delete': {
        const { path } = detail as { path: string };
        if (!this.files.delete(path)) throw { title: 'Dotfile not found', msg: 'Requested dotfile not found.' };
        return undefined;
      }
      default:
        throw new Error(`unexpected ${type}`);
    }
  }
}
