import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { BaiPreferenceChangeEvent } from '../../src/events/preference-change-event.js';
import { PreferencesController } from '../../src/preferences/preferences-controller.js';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { uniqueNamespace, until } from './support.js';

class PreferencesProbe extends LitElement {
  static announce = false;
  @property() namespace = 'default';
  renders = 0;
  readonly prefs = new PreferencesController(this, {
    namespace: () => this.namespace,
    announce: (this.constructor as typeof PreferencesProbe).announce,
  });

  protected render() {
    this.renders += 1;
    return html`<p>${this.prefs.ready ? 'ready' : 'loading'} ${this.prefs.get('language')} ${this.prefs.get('compactSidebar')}</p>`;
  }
}
customElements.define('preferences-probe', PreferencesProbe);

class AnnouncingProbe extends PreferencesProbe {
  static override announce = true;
}
customElements.define('announcing-probe', AnnouncingProbe);

const shown = (element: PreferencesProbe) => element.shadowRoot!.querySelector('p')!.textContent!.trim();

describe('PreferencesController', () => {
  it('renders the stored values once the store is ready', async () => {
    const namespace = uniqueNamespace('controller');
    const store = PreferencesStore.for(namespace);
    await store.ready;
    await store.set('language', 'ru');
    const element = await fixture<PreferencesProbe>(testHtml`<preferences-probe namespace=${namespace}></preferences-probe>`);
    await until(() => shown(element) === 'ready ru false');
    expect(element.prefs.persistent).to.equal(true);
    expect(element.prefs.store).to.equal(store);
  });

  it('re-renders on a change made through the controller, the store, or another tab', async () => {
    const namespace = uniqueNamespace('controller-render');
    const element = await fixture<PreferencesProbe>(testHtml`<preferences-probe namespace=${namespace}></preferences-probe>`);
    await until(() => element.prefs.ready);
    await element.updateComplete;

    await element.prefs.set('compactSidebar', true);
    await element.updateComplete;
    expect(shown(element)).to.equal('ready default true');
    expect(element.prefs.isDefault('compactSidebar')).to.equal(false);

    await PreferencesStore.for(namespace).set('language', 'fr');
    await element.updateComplete;
    expect(shown(element)).to.equal('ready fr true');

    const otherTab = new PreferencesStore(namespace, { legacySource: null });
    try {
      await otherTab.ready;
      await otherTab.set('language', 'id');
      await until(() => shown(element) === 'ready id true');
    } finally {
      otherTab.dispose();
    }

    await element.prefs.reset();
    await element.updateComplete;
    expect(shown(element)).to.equal('ready default false');
  });

  it('announces every change of its namespace as bai-preference-change, local or remote', async () => {
    const namespace = uniqueNamespace('controller-announce');
    const element = await fixture<AnnouncingProbe>(testHtml`<announcing-probe namespace=${namespace}></announcing-probe>`);
    const events: BaiPreferenceChangeEvent[] = [];
    const listener = (event: BaiPreferenceChangeEvent) => events.push(event);
    document.addEventListener('bai-preference-change', listener);
    await until(() => element.prefs.ready);

    await element.prefs.set('autoLogout', true);
    const otherTab = new PreferencesStore(namespace, { legacySource: null });
    try {
      await otherTab.set('betaFeatures', true);
      await until(() => events.length === 2);
    } finally {
      otherTab.dispose();
      document.removeEventListener('bai-preference-change', listener);
    }
    expect(events.map((event) => event.detail)).to.deep.equal([
      { namespace, key: 'autoLogout', value: true, oldValue: false, origin: 'local' },
      { namespace, key: 'betaFeatures', value: true, oldValue: false, origin: 'remote' },
    ]);
    expect(events.every((event) => event.bubbles && event.composed)).to.equal(true);
  });

  it('does not announce changes when announce is off', async () => {
    const namespace = uniqueNamespace('controller-quiet');
    const element = await fixture<PreferencesProbe>(testHtml`<preferences-probe namespace=${namespace}></preferences-probe>`);
    let announced = 0;
    element.addEventListener('bai-preference-change', () => (announced += 1));
    await element.prefs.set('autoLogout', true);
    await element.updateComplete;
    expect(element.prefs.get('autoLogout')).to.equal(true);
    expect(announced).to.equal(0);
  });

  it('follows a change of namespace', async () => {
    const first = uniqueNamespace('controller-first');
    const second = uniqueNamespace('controller-second');
    await PreferencesStore.for(second).set('language', 'ko');
    const element = await fixture<PreferencesProbe>(testHtml`<preferences-probe namespace=${first}></preferences-probe>`);
    await until(() => shown(element) === 'ready default false');

    element.namespace = second;
    await until(() => shown(element) === 'ready ko false');
    expect(element.prefs.store.namespace).to.equal(second);

    const before = element.renders;
    await PreferencesStore.for(first).set('language', 'fr');
    await element.updateComplete;
    expect(element.renders).to.equal(before);
  });

  it('stops listening when the element is removed, and listens again when it comes back', async () => {
    const namespace = uniqueNamespace('controller-disconnect');
    const element = await fixture<PreferencesProbe>(testHtml`<preferences-probe namespace=${namespace}></preferences-probe>`);
    await until(() => element.prefs.ready);
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    const before = element.renders;
    await PreferencesStore.for(namespace).set('compactSidebar', true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.renders).to.equal(before);

    parent.append(element);
    await PreferencesStore.for(namespace).set('language', 'mn');
    await element.updateComplete;
    expect(shown(element)).to.equal('ready mn true');
  });
});
