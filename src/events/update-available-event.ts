export interface BaiUpdateAvailableDetail {
  version: string;
  url: string;
}

/** A newer WebUI version than `current-version` was found by the update check. */
export class BaiUpdateAvailableEvent extends Event {
  static readonly eventName = 'bai-update-available';
  readonly detail: BaiUpdateAvailableDetail;

  constructor(detail: BaiUpdateAvailableDetail) {
    super(BaiUpdateAvailableEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bai-update-available': BaiUpdateAvailableEvent;
  }
}
