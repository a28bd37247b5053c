import { expect } from '@open-wc/testing';
import { enableDesktopNotification, notify } from '../../src/services/desktop-notification.js';
import { fakeNotifications, freshStore, notificationTarget } from './support.js';

describe('desktop notifications', () => {
  describe('enableDesktopNotification', () => {
    it('turns the preference on without asking when permission was already given', async () => {
      const store = await freshStore('granted');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('granted');
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(true);
      expect(store.get('desktopNotification')).to.equal(true);
      expect(fake.requests).to.equal(0);
      expect(notifications).to.deep.equal([]);
    });

    it('asks for permission and turns the preference on when the user allows', async () => {
      const store = await freshStore('ask-allow');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('default', 'granted');
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(true);
      expect(fake.requests).to.equal(1);
      expect(store.get('desktopNotification')).to.equal(true);
      expect(notifications).to.deep.equal([]);
    });

    it('reads the answer back from browsers whose prompt returns nothing (old Safari)', async () => {
      const store = await freshStore('ask-callback');
      const { target } = notificationTarget();
      const fake = fakeNotifications('default', 'granted');
      const answerOnly = fake.api.requestPermission;
      fake.api.requestPermission = async () => {
        await answerOnly();
        return undefined as unknown as NotificationPermission;
      };
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(true);
      expect(store.get('desktopNotification')).to.equal(true);
    });

    it('keeps the preference off and says notifications are blocked when the user refuses', async () => {
      const store = await freshStore('ask-deny');
      await store.set('desktopNotification', true);
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('default', 'denied');
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(false);
      expect(store.get('desktopNotification')).to.equal(false);
      expect(notifications).to.have.length(1);
      expect(notifications[0]!.level).to.equal('warning');
      expect(notifications[0]!.message).to.match(/blocked/);
    });

    it('does not ask again when the site is already blocked', async () => {
      const store = await freshStore('blocked');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('denied');
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(false);
      expect(fake.requests).to.equal(0);
      expect(notifications.map((n) => n.level)).to.deep.equal(['warning']);
      expect(notifications[0]!.message).to.match(/browser settings/);
    });

    it('says the notifications were not allowed when the prompt is dismissed', async () => {
      const store = await freshStore('dismissed');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('default', 'default');
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(false);
      expect(store.get('desktopNotification')).to.equal(false);
      expect(notifications[0]!.message).to.match(/not allowed/);
    });

    it('treats a failing permission prompt as a refusal', async () => {
      const store = await freshStore('prompt-fails');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('default', new DOMException('not in a user gesture', 'NotAllowedError'));
      expect(await enableDesktopNotification(store, target, fake.api)).to.equal(false);
      expect(notifications.map((n) => n.level)).to.deep.equal(['warning']);
    });

    it('says the browser cannot show notifications when there is no Notification API', async () => {
      const store = await freshStore('unsupported');
      await store.set('desktopNotification', true);
      const { target, notifications } = notificationTarget();
      expect(await enableDesktopNotification(store, target, null)).to.equal(false);
      expect(store.get('desktopNotification')).to.equal(false);
      expect(notifications).to.have.length(1);
      expect(notifications[0]!.message).to.match(/cannot show desktop notifications/);
    });
  });

  describe('notify', () => {
    it('always dispatches bai-notification, bubbling and composed', async () => {
      const { target, notifications } = notificationTarget();
      const seen: Event[] = [];
      target.addEventListener('bai-notification', (event) => seen.push(event));
      notify(target, 'Script saved.', 'success');
      expect(notifications).to.deep.equal([{ message: 'Script saved.', level: 'success' }]);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
    });

    it('also shows a desktop notification when the preference is on and permission granted', async () => {
      const store = await freshStore('notify-on');
      await store.set('desktopNotification', true);
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('granted');
      notify(target, 'Session started.', 'info', store, fake.api);
      expect(fake.shown).to.deep.equal([{ title: 'Backend.AI', body: 'Session started.' }]);
      expect(notifications).to.have.length(1);
    });

    it('shows no desktop notification when the preference is off', async () => {
      const store = await freshStore('notify-off');
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('granted');
      notify(target, 'Session started.', 'info', store, fake.api);
      expect(fake.shown).to.deep.equal([]);
      expect(notifications).to.have.length(1);
    });

    it('shows no desktop notification when permission was taken back', async () => {
      const store = await freshStore('notify-revoked');
      await store.set('desktopNotification', true);
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('denied');
      notify(target, 'Session started.', 'error', store, fake.api);
      expect(fake.shown).to.deep.equal([]);
      expect(notifications).to.deep.equal([{ message: 'Session started.', level: 'error' }]);
    });

    it('still notifies in the page when the browser refuses to construct a notification', async () => {
      const store = await freshStore('notify-throws');
      await store.set('desktopNotification', true);
      const { target, notifications } = notificationTarget();
      const fake = fakeNotifications('granted', 'granted', true);
      expect(() => notify(target, 'Saved.', 'success', store, fake.api)).not.to.throw();
      expect(notifications).to.have.length(1);
    });
  });
});
