import { randomTabId } from '../preferences/tab-id.js';

/** Knows how many other WebUI pages of the origin are open, and lets this page be counted. */
export interface OpenPages {
  /** How many other pages have joined and are still open. */
  countOthers(): Promise<number>;
  /** Counts this page until the returned function is called or the page goes away. */
  join(): () => void;
}

export const OPEN_PAGES_NAME = 'bai-user-settings:webui-page';

/**
 * Counts pages by a shared Web Lock each of them holds: the browser releases it when a page
 * closes or crashes, so nothing has to beat a heartbeat.
 */
export class WebLockPages implements OpenPages {
  constructor(
    private readonly locks: LockManager,
    private readonly name = OPEN_PAGES_NAME,
  ) {}

  async countOthers(): Promise<number> {
    const { held = [] } = await this.locks.query();
    return held.filter((lock) => lock.name === this.name).length;
  }

  join(): () => void {
    let release = (): void => undefined;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const abort = new AbortController();
    this.locks.request(this.name, { mode: 'shared', signal: abort.signal }, () => holding).catch(() => undefined);
    return () => {
      release();
      abort.abort();
    };
  }
}

type PagesMessage = { type: 'ping'; from: string } | { type: 'pong'; from: string; to: string };

/**
 * Counts pages by asking on a BroadcastChannel who is there, for browsers or insecure origins
 * without Web Locks. Open pages answer while they live; a closed page cannot answer.
 */
export class BroadcastPages implements OpenPages {
  constructor(
    private readonly name = OPEN_PAGES_NAME,
    private readonly answerWithinMs = 300,
  ) {}

  countOthers(): Promise<number> {
    const me = randomTabId();
    const channel = new BroadcastChannel(this.name);
    const answered = new Set<string>();
    channel.addEventListener('message', (event: MessageEvent<PagesMessage>) => {
      if (event.data?.type === 'pong' && event.data.to === me) answered.add(event.data.from);
    });
    channel.postMessage({ type: 'ping', from: me } satisfies PagesMessage);
    return new Promise((resolve) =>
      setTimeout(() => {
        channel.close();
        resolve(answered.size);
      }, this.answerWithinMs),
    );
  }

  join(): () => void {
    const me = randomTabId();
    const channel = new BroadcastChannel(this.name);
    channel.addEventListener('message', (event: MessageEvent<PagesMessage>) => {
      if (event.data?.type === 'ping') channel.postMessage({ type: 'pong', from: me, to: event.data.from } satisfies PagesMessage);
    });
    return () => channel.close();
  }
}

export function defaultOpenPages(): OpenPages {
  const locks = globalThis.navigator?.locks;
  return typeof locks?.query === 'function' ? new WebLockPages(locks) : new BroadcastPages();
}
