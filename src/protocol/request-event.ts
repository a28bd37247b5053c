import type { BaiRequestDetail, BaiRequestName, BaiRequestResult } from './request-map.js';

/**
 * A request from an element to whoever hosts it. A listener answers by calling
 * `respondWith()` synchronously while the event is dispatched, as with a service
 * worker's `FetchEvent`; the first answer wins and a second one throws.
 */
export class BaiRequestEvent<K extends BaiRequestName = BaiRequestName> extends Event {
  readonly detail: BaiRequestDetail<K>;
  #response: Promise<BaiRequestResult<K>> | undefined;

  constructor(type: K, detail: BaiRequestDetail<K>) {
    super(type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }

  /** Whether a listener has answered this request. */
  get responded(): boolean {
    return this.#response !== undefined;
  }

  /** The answer, once a listener has responded. */
  get response(): Promise<BaiRequestResult<K>> | undefined {
    return this.#response;
  }

  respondWith(result: BaiRequestResult<K> | PromiseLike<BaiRequestResult<K>>): void {
    if (this.eventPhase === Event.NONE) {
      throw new DOMException(`${this.type}: respondWith() must be called while the event is dispatched`, 'InvalidStateError');
    }
    if (this.#response !== undefined) {
      throw new DOMException(`${this.type}: a listener has already responded`, 'InvalidStateError');
    }
    this.#response = Promise.resolve(result);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bai-ssh-keypair-fetch': BaiRequestEvent<'bai-ssh-keypair-fetch'>;
    'bai-ssh-keypair-generate': BaiRequestEvent<'bai-ssh-keypair-generate'>;
    'bai-ssh-keypair-register': BaiRequestEvent<'bai-ssh-keypair-register'>;
    'bai-dotfiles-fetch': BaiRequestEvent<'bai-dotfiles-fetch'>;
    'bai-dotfile-create': BaiRequestEvent<'bai-dotfile-create'>;
    'bai-dotfile-update': BaiRequestEvent<'bai-dotfile-update'>;
    'bai-dotfile-delete': BaiRequestEvent<'bai-dotfile-delete'>;
    'bai-bootstrap-script-fetch': BaiRequestEvent<'bai-bootstrap-script-fetch'>;
    'bai-bootstrap-script-update': BaiRequestEvent<'bai-bootstrap-script-update'>;
  }
}
