import { msg } from '@lit/localize';
import { BaiNotificationEvent, type NotificationLevel } from '../events/notification-event.js';
import type { PreferencesStore } from '../preferences/preferences-store.js';

/** The part of the browser's `Notification` API the service uses; `null` where there is none. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): unknown;
}

function browserNotifications(): NotificationApi | null {
  return typeof globalThis.Notification === 'function' ? globalThis.Notification : null;
}

function warn(target: EventTarget, message: string): void {
  target.dispatchEvent(new BaiNotificationEvent({ message, level: 'warning' }));
}

/**
 * Turns desktop notifications on: asks the browser for permission when it has not been given yet.
 * Unsupported or refused: the preference stays off and a warning says why.
 */
export async function enableDesktopNotification(
  store: PreferencesStore,
  target: EventTarget,
  api: NotificationApi | null = browserNotifications(),
): Promise<boolean> {
  if (!api) {
    await store.set('desktopNotification', false);
    warn(target, msg('This browser cannot show desktop notifications.', { id: 'notification.Unsupported' }));
    return false;
  }
  let permission = api.permission;
  if (permission === 'default') {
    try {
      // Old Safari answers through a callback and returns nothing; the permission is then read back.
      permission = (await api.requestPermission()) ?? api.permission;
    } catch {
      permission = 'denied';
    }
  }
  if (permission === 'granted') {
    await store.set('desktopNotification', true);
    return true;
  }
  await store.set('desktopNotification', false);
  warn(
    target,
    permission === 'denied'
      ? msg('Desktop notifications are blocked for this site. Allow them in the browser settings to turn this on.', {
          id: 'notification.PermissionDenied',
        })
      : msg('Desktop notifications were not allowed, so they stay off.', { id: 'notification.PermissionDismissed' }),
  );
  return false;
}

/**
 * Tells the user something: always as `bai-notification` from `target`, and also as a desktop
 * notification when the preference is on and the browser allows it.
 */
export function notify(
  target: EventTarget,
  message: string,
  level: NotificationLevel,
  store?: PreferencesStore,
  api: NotificationApi | null = browserNotifications(),
): void {
  target.dispatchEvent(new BaiNotificationEvent({ message, level }));
  if (!store?.get('desktopNotification') || api?.permission !== 'granted') return;
  try {
    new api(msg('Backend.AI', { id: 'notification.Title' }), { body: message });
  } catch {
    // Some browsers (Chrome on Android) allow the permission but only show notifications from a service worker.
  }
}
