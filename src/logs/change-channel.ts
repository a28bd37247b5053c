/** What happened to a log: entries were added, or it was cleared. */
export interface LogChange {
  kind: 'added' | 'cleared';
}

function isLogChange(data: unknown): data is LogChange {
  const kind = (data as { kind?: unknown } | null)?.kind;
  return kind === 'added' || kind === 'cleared';
}

/**
 * Tells every other ClientLog on the same channel name (other tabs, or other instances in
 * this one) that the log changed, and hears them. Without BroadcastChannel it stays quiet.
 */
export class ChangeChannel {
  readonly #channel: BroadcastChannel | undefined;

  constructor(name: string, onRemoteChange: (change: LogChange) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(name);
    this.#channel.onmessage = (event: MessageEvent) => {
      if (isLogChange(event.data)) onRemoteChange({ kind: event.data.kind });
    };
  }

  announce(change: LogChange): void {
    this.#channel?.postMessage(change);
  }

  close(): void {
    this.#channel?.close();
  }
}
