/**
 * Tells every other ClientLog on the same channel name (other tabs, or other instances in
 * this one) that the log changed, and hears them. Without BroadcastChannel it stays quiet.
 */
export class ChangeChannel {
  readonly #channel: BroadcastChannel | undefined;

  constructor(name: string, onRemoteChange: () => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(name);
    this.#channel.onmessage = (event: MessageEvent) => {
      if ((event.data as { kind?: unknown } | null)?.kind === 'changed') onRemoteChange();
    };
  }

  announce(): void {
    this.#channel?.postMessage({ kind: 'changed' });
  }

  close(): void {
    this.#channel?.close();
  }
}
