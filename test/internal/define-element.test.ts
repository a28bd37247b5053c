import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/internal/define-element.js';

describe('defineElement', () => {
  it('keeps the first registration when the bundle loads twice', () => {
    const name = `bai-test-twice-${Date.now()}`;
    class First extends HTMLElement {}
    defineElement(name, First);
    expect(() => defineElement(name, class Second extends HTMLElement {})).not.to.throw();
    expect(customElements.get(name)).to.equal(First);
  });
});

describe('define.js', () => {
  it('registers all four elements as soon as it has run', async () => {
    await import('../../src/define.js');
    for (const name of ['bai-user-settings', 'bai-client-logs', 'bai-script-editor', 'bai-ssh-keypair-dialog']) {
      expect(customElements.get(name), name).not.to.equal(undefined);
    }
  });
});
