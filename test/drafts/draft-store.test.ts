import { expect } from '@open-wc/testing';
import { DraftStore } from '../../src/drafts/draft-store.js';
import { DebouncedDraftWriter } from '../../src/drafts/debounced-draft-writer.js';

let counter = 0;
const namespace = () => `draft-store-test-${Date.now()}-${Math.random().toString(36).slice(2)}-${++counter}`;

describe('DraftStore', () => {
  it('keeps drafts per namespace and document, across instances', async () => {
    const ns = namespace();
    await new DraftStore(ns).set('dotfiles:.bashrc', 'echo 1');
    const again = new DraftStore(ns);
    const draft = await again.get('dotfiles:.bashrc');
    expect(draft?.text).to.equal('echo 1');
    expect(draft?.updatedAt).to.be.a('number');
    expect(again.persistent).to.equal(true);
    expect(await again.get('dotfiles:.zshrc')).to.equal(undefined);
    expect(await new DraftStore(namespace()).get('dotfiles:.bashrc')).to.equal(undefined);
    await again.delete('dotfiles:.bashrc');
    expect(await new DraftStore(ns).get('dotfiles:.bashrc')).to.equal(undefined);
  });
});

describe('DebouncedDraftWriter', () => {
  it('writes the last text once the user pauses, and flush writes at once', async () => {
    const store = new DraftStore(namespace());
    const writer = new DebouncedDraftWriter(store, 10_000);
    writer.schedule('bootstrap', 'a');
    writer.schedule('bootstrap', 'ab');
    expect(await store.get('bootstrap')).to.equal(undefined);
    await writer.flush();
    expect((await store.get('bootstrap'))?.text).to.equal('ab');
  });

  it('discard drops a pending write and the stored draft', async () => {
    const store = new DraftStore(namespace());
    const writer = new DebouncedDraftWriter(store, 10);
    writer.schedule('bootstrap', 'first');
    await writer.flush();
    writer.schedule('bootstrap', 'second');
    await writer.discard('bootstrap');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await store.get('bootstrap')).to.equal(undefined);
  });
});
