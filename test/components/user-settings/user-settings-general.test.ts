import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PreferencesStore } from '../../../src/preferences/preferences-store.js';
import { BaiPreferenceChangeEvent } from '../../../src/events/preference-change-event.js';
import { getByRole, queryByRole, visibleText } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import { isOn, renderSettings, uniqueNamespace, waitFor } from './fixture.js';

const GENERAL_CONTROLS: [role: string, name: string][] = [
  ['switch', 'Desktop Notification'],
  ['switch', 'Use Compact Sidebar by default'],
  ['combobox', 'Language'],
  ['button', 'SSH Keypair Management'],
  ['switch', 'Automatic Update Check'],
  ['switch', 'Auto Logout'],
  ['button', 'Edit User Config Script'],
  ['button', 'Edit Bootstrap Script'],
  ['switch', 'Beta Features'],
];

function precedes(a: Element, b: Element): boolean {
  const rowOf = (element: Element) => (element.getRootNode() as ShadowRoot).host.closest('.row') ?? element.closest('.row');
  const first = rowOf(a);
  const second = rowOf(b);
  return Boolean(first && second && first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe('<bai-user-settings> General tab', () => {
  it('shows the General and Logs tabs with General selected', async () => {
    const element = await renderSettings();
    const general = getByRole(element, 'tab', { name: 'General' });
    const logs = getByRole(element, 'tab', { name: 'Logs' });
    expect((general as HTMLElement & { active: boolean }).active).to.equal(true);
    expect((logs as HTMLElement & { active: boolean }).active).to.equal(false);
    expect(element.getAttribute('tab')).to.equal('general');
    getByRole(element, 'tabpanel', { name: 'General' });
  });

  it('shows every control of the contract, in order, each with its description', async () => {
    const element = await renderSettings();
    const controls = GENERAL_CONTROLS.map(([role, name]) => getByRole(element, role, { name }));
    for (let index = 1; index < controls.length; index += 1) {
      expect(precedes(controls[index - 1], controls[index]), `${GENERAL_CONTROLS[index - 1][1]} before ${GENERAL_CONTROLS[index][1]}`).to.equal(true);
    }
    const text = visibleText(element);
    expect(text).to.contain('takes effect the next time the page loads');
    expect(text).to.contain('needs access to the internet');
    expect(text).to.contain('Jupyter Notebook or a web terminal');
    expect(text).to.contain('desktop app only, not from a web browser');
    expect(text).to.contain('PREPARING');
    expect(text).to.contain('.bashrc');
  });

  it('starts from the documented defaults', async () => {
    const element = await renderSettings();
    expect(isOn(element, 'Desktop Notification')).to.equal(false);
    expect(isOn(element, 'Use Compact Sidebar by default')).to.equal(false);
    expect(isOn(element, 'Automatic Update Check')).to.equal(true);
    expect(isOn(element, 'Auto Logout')).to.equal(false);
    expect(isOn(element, 'Beta Features')).to.equal(false);
    const select = getByRole(element, 'combobox', { name: 'Language' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.text).to.match(/^OS Default/);
  });

  for (const [key, name] of [
    ['compactSidebar', 'Use Compact Sidebar by default'],
    ['autoLogout', 'Auto Logout'],
    ['automaticUpdateCheck', 'Automatic Update Check'],
  ] as const) {
    it(`stores ${name} when switched and announces the change`, async () => {
      const namespace = uniqueNamespace();
      const element = await renderSettings({ namespace });
      const changes: BaiPreferenceChangeEvent[] = [];
      element.addEventListener('bai-preference-change', (event) => changes.push(event));
      const before = isOn(element, name);
      getByRole(element, 'switch', { name }).click();
      await waitFor(() => PreferencesStore.for(namespace).get(key) === !before, `${key} stored`);
      await element.updateComplete;
      expect(isOn(element, name)).to.equal(!before);
      expect(changes.map((event) => event.detail)).to.deep.include({ namespace, key, value: !before, oldValue: before, origin: 'local' });

      // A page loaded later with the same namespace shows the stored value.
      element.remove();
      const again = await renderSettings({ namespace });
      expect(isOn(again, name)).to.equal(!before);
    });
  }

  it('follows a change made elsewhere (another tab or the host) without a reload', async () => {
    const namespace = uniqueNamespace();
    const element = await renderSettings({ namespace });
    await PreferencesStore.for(namespace).set('autoLogout', true);
    await element.updateComplete;
    expect(isOn(element, 'Auto Logout')).to.equal(true);
  });

  it('shows the preferences of a new namespace when the attribute changes', async () => {
    const other = uniqueNamespace();
    await PreferencesStore.for(other).set('compactSidebar', true);
    const element = await renderSettings();
    expect(isOn(element, 'Use Compact Sidebar by default')).to.equal(false);
    element.setAttribute('namespace', other);
    await waitFor(() => isOn(element, 'Use Compact Sidebar by default'), 'the other namespace');
  });

  it('shows slotted beta features only while Beta Features is on', async () => {
    const element = await renderSettings({ children: '<button slot="beta">Try the new launcher</button>' });
    expect(queryByRole(element, 'button', { name: 'Try the new launcher' })).to.equal(null);
    getByRole(element, 'switch', { name: 'Beta Features' }).click();
    await waitFor(() => queryByRole(element, 'button', { name: 'Try the new launcher' }) !== null, 'beta content');
    expect(visibleText(element)).not.to.contain('No beta feature available now.');
    await expectNoAxeViolations(element);
  });

  it('says so when Beta Features is on and nothing is slotted', async () => {
    const element = await renderSettings();
    expect(visibleText(element)).not.to.contain('No beta feature available now.');
    getByRole(element, 'switch', { name: 'Beta Features' }).click();
    await waitFor(() => visibleText(element).includes('No beta feature available now.'), 'empty beta message');
  });

  it('has no serious accessibility violations', async () => {
    const element = await renderSettings();
    await expectNoAxeViolations(element);
  });

  it('keeps every control reachable with the Tab key', async () => {
    const element = await renderSettings();
    const controls = GENERAL_CONTROLS.map(([role, name]) => getByRole(element, role, { name }));
    const reached = new Set<Element>();
    getByRole(element, 'tab', { name: 'General' }).focus();
    for (let step = 0; step < 40 && !controls.every((control) => reached.has(control)); step += 1) {
      await sendKeys({ press: 'Tab' });
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active) reached.add(active);
    }
    GENERAL_CONTROLS.forEach(([, name], index) => expect(reached.has(controls[index]), `${name} reachable`).to.equal(true));
  });
});
