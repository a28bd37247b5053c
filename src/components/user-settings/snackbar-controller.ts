import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BaiNotificationEvent, type NotificationLevel } from '../../events/notification-event.js';

export interface SnackbarMessage {
  id: number;
  message: string;
  level: NotificationLevel;
}

export interface SnackbarOptions {
  /** False while the host shows notifications its own way. */
  enabled: () => boolean;
  /** How long an info, success or warning message stays; errors stay until dismissed. */
  durationMs?: number;
  /** The most messages on screen at once; older ones make room for newer. */
  limit?: number;
}

/**
 * Collects every `bai-notification` that reaches the host (its own and its children's)
 * and keeps the recent ones on screen. Timers pause while the user points at or focuses
 * the messages, so nobody has to race a disappearing text.
 */
export class SnackbarController implements ReactiveController {
  private items: SnackbarMessage[] = [];
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private nextId = 1;
  private paused = false;
  private readonly durationMs: number;
  private readonly limit: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SnackbarOptions,
  ) {
    this.durationMs = options.durationMs ?? 6000;
    this.limit = options.limit ?? 3;
    host.addController(this);
  }

  get messages(): readonly SnackbarMessage[] {
    return this.items;
  }

  hostConnected(): void {
    this.host.addEventListener(BaiNotificationEvent.eventName, this.onNotification);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(BaiNotificationEvent.eventName, this.onNotification);
    this.clearTimers();
    this.items = [];
  }

  dismiss(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.items = this.items.filter((item) => item.id !== id);
    this.host.requestUpdate();
  }

  pause(): void {
    this.paused = true;
    this.clearTimers();
  }

  resume(): void {
    this.paused = false;
    for (const item of this.items) this.schedule(item);
  }

  private readonly onNotification = (event: BaiNotificationEvent): void => {
    if (!this.options.enabled()) return;
    const { message, level } = event.detail;
    if (typeof message !== 'string' || message.trim() === '') return;
    const item: SnackbarMessage = { id: this.nextId++, message, level };
    this.items = [...this.items, item];
    while (this.items.length > this.limit) this.dismiss(this.items[0].id);
    this.schedule(item);
    this.host.requestUpdate();
  };

  private schedule(item: SnackbarMessage): void {
    if (this.paused || item.level === 'error' || this.timers.has(item.id)) return;
    this.timers.set(
      item.id,
      setTimeout(() => this.dismiss(item.id), this.durationMs),
    );
  }

  private clearTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
