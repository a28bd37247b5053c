import { expect } from '@open-wc/testing';
import { PreferencesStore } from '../../../src/preferences/preferences-store.js';
import { BaiUpdateAvailableEvent } from '../../../src/events/update-available-event.js';
import { BaiNotificationEvent } from '../../../src/events/notification-event.js';
import { getByRole, visibleText } from '../../support/queries.js';
import { findRole, isOn, renderSettings, uniqueNamespace, waitFor } from './fixture.js';

/** A browser Notification API whose permission answer the test chooses. */
function fakeNotifications(answer: NotificationPermission, permission: NotificationPermission = 'default') {
  const asked: string[] = [];
  const shown: string[] = [];
  class FakeNotification {
    static permission: NotificationPermission = permission;
    constructor(_title: string, options?: NotificationOptions) {
      shown.push(options?.body ?? '');
    }
    static async requestPermission(): Promise<NotificationPermission> {
      asked.push('asked');
      FakeNotification.permission = answer;
      return answer;
    }
  }
  return { api: FakeNotification, asked, shown };
}

function manifestUrl(version: string): string {
  // Each test gets its own URL: the service remembers the last check per URL.
  return `data:application/json,${encodeURIComponent(JSON.stringify({ package: version, build: '1', revision: uniqueNamespace() }))}`;
}

describe('<bai-user-settings> Desktop Notification', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'Notification');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'Notification', original);
  });

  function useNotifications(answer: NotificationPermission, permission?: NotificationPermission) {
    const fake = fakeNotifications(answer, permission);
    Object.defineProperty(globalThis, 'Notification', { value: fake.api, configurable: true, writable: true });
    return fake;
  }

  it('stays on when the browser grants permission', async () => {
    const fake = useNotifications('granted');
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    getByRole(element, 'switch', { name: 'Desktop Notification' }).click();
    await waitFor(() => PreferencesStore.for(namespace).get('desktopNotification') === true, 'stored on');
    await element.updateComplete;
    expect(fake.asked).to.have.length(1);
    expect(isOn(element, 'Desktop Notification')).to.equal(true);
  });

  it('also shows the page messages on the desktop while it is on', async () => {
    const fake = useNotifications('granted', 'granted');
    const namespace = uniqueNamespace();
    const store = PreferencesStore.for(namespace);
    await store.set('desktopNotification', true);
    await store.set('autoLogout', true);
    const element = await renderSettings({ namespace });
    (await findRole(element, 'button', { name: 'Reset Auto Logout' })).click();
    await waitFor(() => fake.shown.length > 0, 'a desktop notification');
    expect(fake.shown).to.deep.equal(['Auto Logout was reset to its default.']);
  });

  it('goes back off with a message when permission is refused', async () => {
    useNotifications('denied');
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    const messages: BaiNotificationEvent[] = [];
    element.addEventListener(BaiNotificationEvent.eventName, (event) => messages.push(event));
    getByRole(element, 'switch', { name: 'Desktop Notification' }).click();
    await waitFor(() => messages.length > 0, 'a warning');
    await waitFor(() => !isOn(element, 'Desktop Notification'), 'the switch back off');
    expect(PreferencesStore.for(namespace).get('desktopNotification')).to.equal(false);
    expect(messages[0].detail.level).to.equal('warning');
    expect(visibleText(getByRole(element, 'status'))).to.contain(messages[0].detail.message);
  });
});

describe('<bai-user-settings> Automatic Update Check', () => {
  it('announces a newer version when it connects with the setting on', async () => {
    const updates: BaiUpdateAvailableEvent[] = [];
    const listener = (event: BaiUpdateAvailableEvent) => updates.push(event);
    document.addEventListener(BaiUpdateAvailableEvent.eventName, listener);
    try {
      const element = await renderSettings({ attributes: { 'current-version': '24.03.1', 'update-manifest-url': manifestUrl('25.1.0') } });
      await waitFor(() => updates.length > 0, 'bai-update-available');
      expect(updates[0].detail.version).to.equal('25.1.0');
      await waitFor(() => visibleText(getByRole(element, 'status')).includes('25.1.0'), 'snackbar message');
    } finally {
      document.removeEventListener(BaiUpdateAvailableEvent.eventName, listener);
    }
  });

  it('does not check while the setting is off', async () => {
    const namespace = uniqueNamespace();
    await PreferencesStore.for(namespace).set('automaticUpdateCheck', false);
    const updates: BaiUpdateAvailableEvent[] = [];
    const listener = (event: BaiUpdateAvailableEvent) => updates.push(event);
    document.addEventListener(BaiUpdateAvailableEvent.eventName, listener);
    try {
      const url = manifestUrl('99.0.0');
      const element = await renderSettings({ namespace, attributes: { 'current-version': '1.0.0', 'update-manifest-url': url } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(updates).to.have.length(0);

      // Turning it on checks right away.
      getByRole(element, 'switch', { name: 'Automatic Update Check' }).click();
      await waitFor(() => updates.length > 0, 'check after turning on');
      expect(updates[0].detail.version).to.equal('99.0.0');
    } finally {
      document.removeEventListener(BaiUpdateAvailableEvent.eventName, listener);
    }
  });

  it('says nothing when the version is current', async () => {
    const messages: BaiNotificationEvent[] = [];
    const listener = (event: BaiNotificationEvent) => messages.push(event);
    document.addEventListener(BaiNotificationEvent.eventName, listener);
    try {
      await renderSettings({ attributes: { 'current-version': '25.1.0', 'update-manifest-url': manifestUrl('25.1.0') } });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(messages).to.have.length(0);
    } finally {
      document.removeEventListener(BaiNotificationEvent.eventName, listener);
    }
  });
});

describe('<bai-user-settings> without usable storage', () => {
  it('says settings will not be saved, and still works in memory', async () => {
    const factory = indexedDB as IDBFactory & { open: IDBFactory['open'] };
    factory.open = () => {
      throw new DOMException('The user blocked storage', 'SecurityError');
    };
    const messages: BaiNotificationEvent[] = [];
    const listener = (event: BaiNotificationEvent) => messages.push(event);
    document.addEventListener(BaiNotificationEvent.eventName, listener);
    try {
      const namespace = uniqueNamespace();
      const element = await renderSettings({ namespace });
      expect(visibleText(element)).to.contain('Settings will not be saved in this browser');
      await waitFor(() => messages.some((event) => event.detail.message.startsWith('Settings will not be saved')), 'warning event');
      getByRole(element, 'switch', { name: 'Auto Logout' }).click();
      await waitFor(() => PreferencesStore.for(namespace).get('autoLogout') === true, 'kept in memory');
    } finally {
      delete (factory as { open?: unknown }).open;
      document.removeEventListener(BaiNotificationEvent.eventName, listener);
    }
  });
});
