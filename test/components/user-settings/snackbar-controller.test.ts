import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { BaiNotificationEvent } from '../../../src/events/notification-event.js';
import { SnackbarController } from '../../../src/components/user-settings/snackbar-controller.js';
import { waitFor } from './fixture.js';

class SnackbarTestHost extends LitElement {
  enabled = true;
  readonly snackbar = new SnackbarController(this, { enabled: () => this.enabled, durationMs: 60 });
}
customElements.define('snackbar-test-host', SnackbarTestHost);

function texts(host: SnackbarTestHost): string[] {
  return host.snackbar.messages.map((item) => item.message);
}

describe('SnackbarController', () => {
  it('lets info messages go after a while and keeps errors until dismissed', async () => {
    const host = await fixture<SnackbarTestHost>(html`<snackbar-test-host></snackbar-test-host>`);
    host.dispatchEvent(new BaiNotificationEvent({ message: 'Saved.', level: 'success' }));
    host.dispatchEvent(new BaiNotificationEvent({ message: 'Failed.', level: 'error' }));
    expect(texts(host)).to.deep.equal(['Saved.', 'Failed.']);
    await waitFor(() => texts(host).length === 1, 'the success message to go');
    expect(texts(host)).to.deep.equal(['Failed.']);
    host.snackbar.dismiss(host.snackbar.messages[0].id);
    expect(texts(host)).to.deep.equal([]);
  });

  it('holds messages while paused and lets them go after', async () => {
    const host = await fixture<SnackbarTestHost>(html`<snackbar-test-host></snackbar-test-host>`);
    host.snackbar.pause();
    host.dispatchEvent(new BaiNotificationEvent({ message: 'Read me.', level: 'info' }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(texts(host)).to.deep.equal(['Read me.']);
    host.snackbar.resume();
    await waitFor(() => texts(host).length === 0, 'the message to go');
  });

  it('ignores notifications while disabled and empty messages always', async () => {
    const host = await fixture<SnackbarTestHost>(html`<snackbar-test-host></snackbar-test-host>`);
    host.dispatchEvent(new BaiNotificationEvent({ message: '   ', level: 'info' }));
    host.enabled = false;
    host.dispatchEvent(new BaiNotificationEvent({ message: 'Hidden.', level: 'info' }));
    expect(texts(host)).to.deep.equal([]);
  });

  it('stops listening when the host leaves the page', async () => {
    const host = await fixture<SnackbarTestHost>(html`<snackbar-test-host></snackbar-test-host>`);
    host.remove();
    host.dispatchEvent(new BaiNotificationEvent({ message: 'Nobody hears this.', level: 'error' }));
    expect(texts(host)).to.deep.equal([]);
  });
});
