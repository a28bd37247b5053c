/** What happened to a log: entries were added, or it was cleared. */
export interface LogChange {
  kind: 'added' | 'cleared';
}

function isLogChange(data: unknown): data is LogChange {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return kind === 'added' || kind === 'cleared';
}

// A busy page stores entries many times a second, and every message costs the main thread
// of each tab that hears it: after one "added" goes out, further ones within this time are
// folded into a single message at its end.
const ADDED_INTERVAL_MS = 100;

/**
 * Tells every other ClientLog on the same channel name (other tabs, or other instances in
 * this one) that the log changed, and hears them. Without BroadcastChannel it stays quiet.
 */
export class ChangeChannel {
  readonly #channel: BroadcastChannel | undefined;
  #addedTimer: ReturnType<typeof setTimeout> | undefined;
  #addedWaiting = false;

  constructor(name: string, onRemoteChange: (change: LogChange) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(name);
    this.#channel.onmessage = (event: MessageEvent) => {
      if (isLogChange(event.data)) onRemoteChange({ kind: event.data.kind });
    };
  }

  announce(change: LogChange): void {
    if (!this.#channel) return;
    if (change.kind === 'cleared') {
      this.#channel.postMessage(change);
      return;
    }
    if (this.#addedTimer !== undefined) {
      this.#addedWaiting = true;
      return;
    }
    this.#channel.postMessage(change);
    this.#addedTimer = setTimeout(() => this.#endAddedInterval(), ADDED_INTERVAL_MS);
  }

  close(): void {
    if (this.#addedTimer !== undefined) {
      clearTimeout(this.#addedTimer);
      this.#addedTimer = undefined;
      if (this.#addedWaiting) this.#channel?.postMessage({ kind: 'added' } satisfies LogChange);
      this.#addedWaiting = false;
    }
    this.#channel?.close();
  }

  #endAddedInterval(): void {
    this.#addedTimer = undefined;
    if (!this.#addedWaiting) return;
    this.#addedWaiting = false;
    this.announce({ kind: 'added' });
  }
}
