// Counts what a closed dialog must let go of: listeners on window and document,
// BroadcastChannels and CodeMirror views. Import this module before anything that may
// create them, so that every one is counted. Counting is by calls (added minus removed,
// created minus closed or destroyed), not by garbage collection, which tests cannot force.
import { EditorView } from '@codemirror/view';

export interface LiveCounts {
  /** Listeners on window and document: added and neither removed, aborted nor fired once. */
  listeners: number;
  /** BroadcastChannels created and not closed. */
  channels: number;
  /** EditorViews created and not destroyed. */
  editorViews: number;
}

type ListenerKey = string;
const listeners = new Map<EventTarget, Map<ListenerKey, Set<EventListenerOrEventListenerObject>>>();
const channels = new Set<BroadcastChannel>();
const views = new Set<EditorView>();

const watched = (target: EventTarget) => target === window || target === document;
const captureOf = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : options?.capture === true);
const keyOf = (type: string, options?: boolean | EventListenerOptions): ListenerKey => `${type}|${captureOf(options)}`;

function forget(target: EventTarget, key: ListenerKey, listener: EventListenerOrEventListenerObject): void {
  listeners.get(target)?.get(key)?.delete(listener);
}

const nativeAdd = EventTarget.prototype.addEventListener;
const nativeRemove = EventTarget.prototype.removeEventListener;

EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
): void {
  nativeAdd.call(this, type, listener, options);
  if (!listener || !watched(this)) return;
  const signal = typeof options === 'object' ? options.signal : undefined;
  if (signal?.aborted) return;
  const key = keyOf(type, options);
  const byKey = listeners.get(this) ?? new Map<ListenerKey, Set<EventListenerOrEventListenerObject>>();
  listeners.set(this, byKey);
  const set = byKey.get(key) ?? new Set();
  byKey.set(key, set);
  if (set.has(listener)) return;
  set.add(listener);
  signal?.addEventListener('abort', () => forget(this, key, listener), { once: true });
  if (typeof options === 'object' && options.once) {
    nativeAdd.call(this, type, () => forget(this, key, listener), { once: true, capture: captureOf(options) });
  }
};

EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
): void {
  nativeRemove.call(this, type, listener, options);
  if (listener && watched(this)) forget(this, keyOf(type, options), listener);
};

const NativeBroadcastChannel = globalThis.BroadcastChannel;
class CountedBroadcastChannel extends NativeBroadcastChannel {
  constructor(name: string) {
    super(name);
    channels.add(this);
  }

  override close(): void {
    channels.delete(this);
    super.close();
  }
}
globalThis.BroadcastChannel = CountedBroadcastChannel;

// Every EditorView mounts its styles while it is constructed (and again on some updates:
// the set counts each view once).
const viewPrototype = EditorView.prototype as unknown as { mountStyles(this: EditorView): void };
const nativeMountStyles = viewPrototype.mountStyles;
viewPrototype.mountStyles = function (this: EditorView) {
  views.add(this);
  nativeMountStyles.call(this);
};
const destroyedViews = new WeakSet<EditorView>();
const nativeDestroy = EditorView.prototype.destroy;
EditorView.prototype.destroy = function (this: EditorView) {
  destroyedViews.add(this);
  nativeDestroy.call(this);
};

export function liveCounts(): LiveCounts {
  let listenerCount = 0;
  for (const byKey of listeners.values()) for (const set of byKey.values()) listenerCount += set.size;
  return { listeners: listenerCount, channels: channels.size, editorViews: [...views].filter((view) => !destroyedViews.has(view)).length };
}

/** How many EditorViews were ever created: proves the counter sees them. */
export function editorViewsCreated(): number {
  return views.size;
}
