export type NotificationLevel = 'info' | 'success' | 'warning' | 'error';

export interface BaiNotificationDetail {
  message: string;
  level: NotificationLevel;
}

/** Every message a component shows to the user, so a host can mirror it in its own UI. */
export class BaiNotificationEvent extends Event {
  static readonly eventName = 'bai-notification';
  readonly detail: BaiNotificationDetail;

  constructor(detail: BaiNotificationDetail) {
    super(BaiNotificationEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bai-notification': BaiNotificationEvent;
  }
}
