import type { BaiRequestEvent } from '../../../src/protocol/request-event.js';
import type { SshKeypair } from '../../../src/protocol/request-map.js';

type KeyRequest = 'bai-ssh-keypair-fetch' | 'bai-ssh-keypair-generate' | 'bai-ssh-keypair-register';
const NAMES: KeyRequest[] = ['bai-ssh-keypair-fetch', 'bai-ssh-keypair-generate', 'bai-ssh-keypair-register'];

/** A host answering the dialog's key requests the way the manager does, and recording them. */
export class FakeKeyHost {
  publicKey: string | null;
  /** What `bai-ssh-keypair-generate` answers with (the manager's own PEM RSA pair). */
  managerPair: SshKeypair | undefined;
  /** Rejects the next request of a type with this Backend.AI error body. */
  failNext = new Map<KeyRequest, unknown>();
  requests: { type: string; detail: unknown }[] = [];
  readonly #target: EventTarget;
  readonly #listener = (event: Event) => this.#answer(event as BaiRequestEvent<KeyRequest>);

  constructor(target: EventTarget, publicKey: string | null) {
    this.#target = target;
    this.publicKey = publicKey;
    for (const name of NAMES) target.addEventListener(name, this.#listener);
  }

  disconnect(): void {
    for (const name of NAMES) this.#target.removeEventListener(name, this.#listener);
  }

  sent(type: KeyRequest): unknown[] {
    return this.requests.filter((request) => request.type === type).map((request) => request.detail);
  }

  #answer(event: BaiRequestEvent<KeyRequest>): void {
    const type = event.type as KeyRequest;
    this.requests.push({ type, detail: event.detail });
    const failure = this.failNext.get(type);
    if (failure !== undefined) {
      this.failNext.delete(type);
      event.respondWith(Promise.reject(failure) as never);
      return;
    }
    if (type === 'bai-ssh-keypair-fetch') {
      event.respondWith({ publicKey: this.publicKey } as never);
    } else if (type === 'bai-ssh-keypair-generate') {
      const pair = this.managerPair;
      if (!pair) throw new Error('the test gave the fake manager no keypair to generate');
      this.publicKey = pair.publicKey;
      event.respondWith(pair as never);
    } else {
      const pair = event.detail as SshKeypair;
      this.publicKey = pair.publicKey;
      event.respondWith(pair as never);
    }
  }
}
