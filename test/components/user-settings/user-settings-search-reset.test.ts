import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PreferencesStore } from '../../../src/preferences/preferences-store.js';
import { BaiNotificationEvent } from '../../../src/events/notification-event.js';
import { getAllByRole, getByRole, queryByRole, visibleText } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import type { BaiUserSettings } from '../../../src/components/user-settings/user-settings.js';
import { isOn, renderSettings, uniqueNamespace, waitFor, findRole, waitForNoRole } from './fixture.js';

async function search(element: BaiUserSettings, text: string): Promise<void> {
  const box = getByRole(element, 'searchbox', { name: 'Search settings' });
  box.focus();
  await sendKeys({ type: text });
  await waitFor(() => (box as HTMLInputElement).value === text, 'typed text');
  await element.updateComplete;
}

function visibleSwitches(element: BaiUserSettings): string[] {
  return getAllByRole(element, 'switch')
    .map((control) => control.getAttribute('aria-label') ?? '')
    .filter((name) => name !== 'Show only changed');
}

describe('<bai-user-settings> search', () => {
  it('filters rows by label', async () => {
    const element = await renderSettings();
    await search(element, 'sidebar');
    expect(visibleSwitches(element)).to.deep.equal(['Use Compact Sidebar by default']);
    expect(queryByRole(element, 'button', { name: 'SSH Keypair Management' })).to.equal(null);
  });

  it('filters rows by description, ignoring case and word order', async () => {
    const element = await renderSettings();
    await search(element, 'TERMINAL jupyter');
    expect(visibleSwitches(element)).to.deep.equal(['Auto Logout']);
  });

  it('finds the Language row by a language name', async () => {
    const element = await renderSettings();
    await search(element, 'mongolian');
    getByRole(element, 'combobox', { name: 'Language' });
    expect(visibleSwitches(element)).to.deep.equal([]);
  });

  it('finds an action row and keeps its button working', async () => {
    const element = await renderSettings();
    await search(element, 'bootstrap');
    getByRole(element, 'button', { name: 'Edit Bootstrap Script' });
    expect(queryByRole(element, 'button', { name: 'Edit User Config Script' })).to.equal(null);
  });

  it('says when nothing matches, keeps the typed text, and stays accessible', async () => {
    const element = await renderSettings();
    await search(element, 'zzzz-nothing');
    expect(visibleText(element)).to.contain('No settings match your search.');
    expect(visibleSwitches(element)).to.deep.equal([]);
    expect((getByRole(element, 'searchbox', { name: 'Search settings' }) as HTMLInputElement).value).to.equal('zzzz-nothing');
    await expectNoAxeViolations(element);
  });

  it('shows every row again when the search is cleared', async () => {
    const element = await renderSettings();
    await search(element, 'logout');
    expect(visibleSwitches(element)).to.deep.equal(['Auto Logout']);
    for (let index = 0; index < 'logout'.length; index += 1) await sendKeys({ press: 'Backspace' });
    await waitFor(() => visibleSwitches(element).length === 5, 'all switches back');
  });
});

describe('<bai-user-settings> changed rows and reset', () => {
  it('marks a changed row in words and lists it under "Show only changed"', async () => {
    const element = await renderSettings();
    expect(visibleText(element)).not.to.contain('Changed');
    getByRole(element, 'switch', { name: 'Auto Logout' }).click();
    await findRole(element, 'button', { name: 'Reset Auto Logout' });
    const row = element.shadowRoot!.querySelector('[data-row="autoLogout"]')!;
    expect(visibleText(row)).to.contain('Changed');

    getByRole(element, 'switch', { name: 'Show only changed' }).click();
    await waitFor(() => visibleSwitches(element).length === 1, 'only the changed row');
    expect(visibleSwitches(element)).to.deep.equal(['Auto Logout']);
    await expectNoAxeViolations(element);
  });

  it('says that nothing changed when "Show only changed" is on and nothing changed', async () => {
    const element = await renderSettings();
    getByRole(element, 'switch', { name: 'Show only changed' }).click();
    await waitFor(() => visibleText(element).includes('No setting differs from its default.'), 'empty message');
    expect(visibleSwitches(element)).to.deep.equal([]);
  });

  it('resets one row with its own button and says so', async () => {
    const namespace = uniqueNamespace();
    const store = PreferencesStore.for(namespace);
    const element = await renderSettings({ namespace });
    await store.set('compactSidebar', true);
    await store.set('autoLogout', true);
    const messages: string[] = [];
    element.addEventListener(BaiNotificationEvent.eventName, (event) => messages.push(event.detail.message));

    (await findRole(element, 'button', { name: 'Reset Use Compact Sidebar by default' })).click();
    await waitFor(() => store.get('compactSidebar') === false, 'compact sidebar reset');
    await element.updateComplete;
    expect(isOn(element, 'Use Compact Sidebar by default')).to.equal(false);
    expect(store.get('autoLogout')).to.equal(true);
    expect(queryByRole(element, 'button', { name: 'Reset Use Compact Sidebar by default' })).to.equal(null);
    await waitFor(() => messages.length > 0, 'a message');
    expect(messages).to.deep.equal(['Use Compact Sidebar by default was reset to its default.']);
  });

  it('turns a switch the user turned on back off when its row is reset', async () => {
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    getByRole(element, 'switch', { name: 'Auto Logout' }).click();
    (await findRole(element, 'button', { name: 'Reset Auto Logout' })).click();
    await waitFor(() => PreferencesStore.for(namespace).get('autoLogout') === false, 'reset stored');
    await waitFor(() => !isOn(element, 'Auto Logout'), 'the switch reads off');
    const control = getByRole(element, 'switch', { name: 'Auto Logout' });
    const focused = (): Element | null => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    // Compared as a boolean: a failing comparison of two elements serializes the whole DOM.
    await waitFor(() => focused() === control, 'focus stays on the row');
    // And it still works after that.
    getByRole(element, 'switch', { name: 'Auto Logout' }).click();
    await waitFor(() => PreferencesStore.for(namespace).get('autoLogout') === true, 'on again');
  });

  it('asks before resetting everything and does nothing on Cancel', async () => {
    const namespace = uniqueNamespace();
    const store = PreferencesStore.for(namespace);
    const element = await renderSettings({ namespace });
    await store.set('betaFeatures', true);
    getByRole(element, 'button', { name: 'Reset to defaults' }).click();
    const dialog = await findRole(element, 'alertdialog', { name: 'Reset to defaults?' });
    expect(visibleText(dialog)).to.contain('Your SSH keypair and scripts are not changed.');
    (await findRole(element, 'button', { name: 'Cancel' })).click();
    await waitForNoRole(element, 'alertdialog');
    expect(store.get('betaFeatures')).to.equal(true);
    expect(isOn(element, 'Beta Features')).to.equal(true);
  });

  it('resets every preference after confirmation', async () => {
    const namespace = uniqueNamespace();
    const store = PreferencesStore.for(namespace);
    const element = await renderSettings({ namespace });
    await store.set('betaFeatures', true);
    await store.set('automaticUpdateCheck', false);
    await store.set('autoLogout', true);
    const messages: string[] = [];
    element.addEventListener(BaiNotificationEvent.eventName, (event) => messages.push(event.detail.message));

    getByRole(element, 'button', { name: 'Reset to defaults' }).click();
    await findRole(element, 'alertdialog', { name: 'Reset to defaults?' });
    (await findRole(element, 'button', { name: 'Reset' })).click();
    await waitFor(() => store.isDefault('betaFeatures') && store.isDefault('automaticUpdateCheck') && store.isDefault('autoLogout'), 'all defaults');
    await element.updateComplete;
    expect(isOn(element, 'Beta Features')).to.equal(false);
    expect(isOn(element, 'Automatic Update Check')).to.equal(true);
    expect(isOn(element, 'Auto Logout')).to.equal(false);
    await waitFor(() => messages.length > 0, 'a message');
    expect(messages).to.deep.equal(['Settings were reset to their defaults.']);
    expect(visibleText(element)).not.to.contain('Changed');
  });
});
