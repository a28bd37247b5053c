import { expect } from '@open-wc/testing';
import { BaiNotificationEvent } from '../../../src/events/notification-event.js';
import { getAllByRole, getByRole, queryByRole, visibleText } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import { renderSettings, waitFor } from './fixture.js';

function say(from: Element, message: string, level: BaiNotificationEvent['detail']['level'] = 'info'): void {
  from.dispatchEvent(new BaiNotificationEvent({ message, level }));
}

describe('<bai-user-settings> snackbar', () => {
  it('shows a message from a child element in a status region, until dismissed', async () => {
    const element = await renderSettings({ children: '<div slot="beta" id="child">Beta</div>' });
    say(element.querySelector('#child')!, 'Saved .bashrc.', 'success');
    await element.updateComplete;
    const status = getByRole(element, 'status');
    expect(visibleText(status)).to.contain('Saved .bashrc.');
    await expectNoAxeViolations(element);
    getByRole(element, 'button', { name: 'Dismiss message' }).click();
    await waitFor(() => !visibleText(getByRole(element, 'status')).includes('Saved .bashrc.'), 'message gone');
  });

  it('shows messages from inside its own shadow root', async () => {
    const element = await renderSettings();
    say(element.shadowRoot!.querySelector('.rows')!, 'The manager is not connected.', 'error');
    await element.updateComplete;
    expect(visibleText(getByRole(element, 'status'))).to.contain('The manager is not connected.');
  });

  it('keeps only the newest few messages on screen', async () => {
    const element = await renderSettings();
    for (const text of ['one', 'two', 'three', 'four']) say(element, `Message ${text}`, 'error');
    await element.updateComplete;
    const text = visibleText(getByRole(element, 'status'));
    expect(text).not.to.contain('Message one');
    expect(text).to.contain('Message four');
    expect(getAllByRole(element, 'button', { name: 'Dismiss message' })).to.have.length(3);
  });

  it('renders message text as text', async () => {
    const element = await renderSettings();
    say(element, '<img src=x onerror="window.__snackbarPwned = 1">');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.snackbar img')).to.equal(null);
    expect(visibleText(getByRole(element, 'status'))).to.contain('<img src=x');
  });

  it('shows nothing with no-snackbar, while the event still reaches the host', async () => {
    const element = await renderSettings({ attributes: { 'no-snackbar': true } });
    const heard: string[] = [];
    document.addEventListener(BaiNotificationEvent.eventName, (event) => heard.push(event.detail.message), { once: true });
    say(element, 'Hosts show this themselves.');
    await element.updateComplete;
    expect(queryByRole(element, 'status')).to.equal(null);
    expect(visibleText(element)).not.to.contain('Hosts show this themselves.');
    expect(heard).to.deep.equal(['Hosts show this themselves.']);
  });
});
