/** Every WebUI page had been closed before this one opened: the host should log out. */
export class BaiAutoLogoutEvent extends Event {
  static readonly eventName = 'bai-auto-logout';
  readonly detail: Record<string, never> = {};

  constructor() {
    super(BaiAutoLogoutEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bai-auto-logout': BaiAutoLogoutEvent;
  }
}
