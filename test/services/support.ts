import type { BaiNotificationDetail } from '../../src/events/notification-event.js';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import type { NotificationApi } from '../../src/services/desktop-notification.js';

/** A store of its own for one test: no other tab, no upstream settings. */
export async function freshStore(label: string): Promise<PreferencesStore> {
  const store = new PreferencesStore(`${label}-${crypto.randomUUID()}`, { channelName: null, legacySource: null });
  await store.ready;
  return store;
}

/** An element that records the bai-notification events dispatched from it. */
export function notificationTarget(): { target: HTMLElement; notifications: BaiNotificationDetail[] } {
  const target = document.createElement('div');
  const notifications: BaiNotificationDetail[] = [];
  target.addEventListener('bai-notification', (event) => notifications.push(event.detail));
  return { target, notifications };
}

export interface FakeNotifications {
  api: NotificationApi;
  shown: { title: string; body: string | undefined }[];
  requests: number;
}

/** A Notification API whose permission and prompt answer the test chooses. */
export function fakeNotifications(
  permission: NotificationPermission,
  answer: NotificationPermission | Error = permission,
  throwOnShow = false,
): FakeNotifications {
  const fake: FakeNotifications = { api: undefined as unknown as NotificationApi, shown: [], requests: 0 };
  class FakeNotification {
    static permission = permission;
    static async requestPermission(): Promise<NotificationPermission> {
      fake.requests += 1;
      if (answer instanceof Error) throw answer;
      FakeNotification.permission = answer;
      return answer;
    }
    constructor(title: string, options?: NotificationOptions) {
      if (throwOnShow) throw new TypeError('Illegal constructor. Use ServiceWorkerRegistration.showNotification() instead.');
      fake.shown.push({ title, body: options?.body });
    }
  }
  fake.api = FakeNotification;
  return fake;
}
