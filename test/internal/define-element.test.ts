import { expect } from '@open-wc/testing';
import { defineElement, defineLater, whenRegistered } from '../../src/internal/define-element.js';

let count = 0;
const uniqueName = () => `bai-test-later-${Date.now()}-${++count}`;

describe('defineLater', () => {
  it('answers true once the module that registers the element has loaded', async () => {
    const name = uniqueName();
    let release!: () => void;
    const loading = new Promise<void>((resolve) => (release = resolve));
    defineLater([name], () => loading.then(() => defineElement(name, class extends HTMLElement {})));
    const registered = whenRegistered(name);
    expect(customElements.get(name)).to.equal(undefined);
    release();
    expect(await registered).to.equal(true);
    expect(customElements.get(name)).not.to.equal(undefined);
  });

  it('answers false when the module fails to load, or registers no such element', async () => {
    const failing = uniqueName();
    const forgotten = uniqueName();
    const originalError = console.error;
    console.error = () => undefined;
    try {
      defineLater([failing], () => Promise.reject(new Error('chunk missing')));
      defineLater([forgotten], () => Promise.resolve());
      expect(await whenRegistered(failing)).to.equal(false);
      expect(await whenRegistered(forgotten)).to.equal(false);
    } finally {
      console.error = originalError;
    }
  });

  it('answers at once for elements registered already or never announced', async () => {
    const name = uniqueName();
    defineElement(name, class extends HTMLElement {});
    expect(await whenRegistered(name)).to.equal(true);
    expect(await whenRegistered(uniqueName())).to.equal(false);
  });
});

describe('define.js', () => {
  it('registers all four elements, the dialogs once their module has loaded', async () => {
    await import('../../src/define.js');
    for (const name of ['bai-user-settings', 'bai-client-logs']) expect(customElements.get(name), name).not.to.equal(undefined);
    for (const name of ['bai-script-editor', 'bai-ssh-keypair-dialog']) expect(await whenRegistered(name), name).to.equal(true);
  });
});
