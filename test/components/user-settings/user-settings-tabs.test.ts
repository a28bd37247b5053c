import { expect } from '@open-wc/testing';
import type { MdTabs } from '@material/web/tabs/tabs.js';
import { sendKeys } from '@web/test-runner-commands';
import { getByRole, queryByRole } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import { BaiClientLogs } from '../../../src/components/client-logs/client-logs.js';
import { defineElement } from '../../../src/internal/define-element.js';
import { findRole, renderSettings, waitFor } from './fixture.js';

defineElement('bai-client-logs', BaiClientLogs);

type Tab = HTMLElement & { active: boolean };

describe('<bai-user-settings> tabs', () => {
  it('opens the Logs tab with the client log on click and reflects it', async () => {
    const element = await renderSettings();
    getByRole(element, 'tab', { name: 'Logs' }).click();
    await waitFor(() => element.tab === 'logs', 'logs tab');
    await element.updateComplete;
    expect(element.getAttribute('tab')).to.equal('logs');
    const panel = getByRole(element, 'tabpanel', { name: 'Logs' });
    expect(panel.querySelector('bai-client-logs')).not.to.equal(null);
    await findRole(element, 'searchbox', { name: 'Search logs' });
    expect(queryByRole(element, 'switch', { name: 'Auto Logout' })).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('moves between tabs with the arrow keys', async () => {
    const element = await renderSettings();
    const tabs = element.shadowRoot!.querySelector('md-tabs') as MdTabs;
    expect(tabs.autoActivate, 'arrow keys select a tab, not only focus it').to.equal(true);
    // Material tabs find the focused tab with :focus-within, which matches only in a page
    // that has focus; Firefox gives none to a page running beside another one.
    if (!document.hasFocus()) return;
    getByRole(element, 'tab', { name: 'General' }).focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => element.tab === 'logs', 'logs after ArrowRight');
    expect((getByRole(element, 'tab', { name: 'Logs' }) as Tab).active).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => element.tab === 'general', 'general after ArrowLeft');
    await element.updateComplete;
    getByRole(element, 'switch', { name: 'Desktop Notification' });
  });

  it('starts on the tab its attribute names and follows attribute changes', async () => {
    const element = await renderSettings({ attributes: { tab: 'logs' } });
    expect((getByRole(element, 'tab', { name: 'Logs' }) as Tab).active).to.equal(true);
    getByRole(element, 'tabpanel', { name: 'Logs' });
    element.setAttribute('tab', 'general');
    await element.updateComplete;
    await waitFor(() => (getByRole(element, 'tab', { name: 'General' }) as Tab).active, 'general active');
    getByRole(element, 'tabpanel', { name: 'General' });
  });

  it('shows General for an unknown tab name', async () => {
    const element = await renderSettings({ attributes: { tab: 'nonsense' } });
    await element.updateComplete;
    expect(element.getAttribute('tab')).to.equal('general');
    getByRole(element, 'tabpanel', { name: 'General' });
  });
});
