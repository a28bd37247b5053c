import { expect } from '@open-wc/testing';
import { BaiRequestEvent } from '../../src/protocol/request-event.js';
import { sendRequest } from '../../src/protocol/send-request.js';

describe('sendRequest', () => {
  let source: HTMLElement;
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('div');
    source = document.createElement('span');
    host.append(source);
    document.body.append(host);
  });

  afterEach(() => host.remove());

  it('returns the value a listener responded with, and the listener sees the detail', async () => {
    let seen: unknown;
    host.addEventListener('bai-dotfile-delete', (event) => {
      seen = event.detail;
      event.respondWith(Promise.resolve());
    });
    const outcome = await sendRequest(source, 'bai-dotfile-delete', { path: '.bashrc' });
    expect(outcome).to.deep.equal({ ok: true, value: undefined });
    expect(seen).to.deep.equal({ path: '.bashrc' });
  });

  it('bubbles out of shadow roots to the document', async () => {
    const shadowHost = document.createElement('div');
    const root = shadowHost.attachShadow({ mode: 'open' });
    const inner = document.createElement('button');
    root.append(inner);
    host.append(shadowHost);
    const listener = (event: BaiRequestEvent<'bai-ssh-keypair-fetch'>) => event.respondWith({ publicKey: 'ssh-ed25519 AAAA' });
    document.addEventListener('bai-ssh-keypair-fetch', listener);
    try {
      const outcome = await sendRequest(inner, 'bai-ssh-keypair-fetch', {});
      expect(outcome).to.deep.equal({ ok: true, value: { publicKey: 'ssh-ed25519 AAAA' } });
    } finally {
      document.removeEventListener('bai-ssh-keypair-fetch', listener);
    }
  });

  it('says not-connected when nobody responds', async () => {
    host.addEventListener('bai-dotfiles-fetch', () => {
      /* listening without answering is the same as no host */
    });
    const outcome = await sendRequest(source, 'bai-dotfiles-fetch', {});
    expect(outcome).to.deep.equal({ ok: false, reason: 'not-connected' });
  });

  it('turns a rejected Backend.AI error body into a failed outcome with title and message', async () => {
    host.addEventListener('bai-dotfile-create', (event) =>
      event.respondWith(
        Promise.reject({ type: 'https://api.backend.ai/probs/dotfile-already-exists', title: 'Dotfile already exists', msg: '.bashrc is there', status: 409 }),
      ),
    );
    const outcome = await sendRequest(source, 'bai-dotfile-create', { path: '.bashrc', data: '', permission: '644' });
    expect(outcome.ok).to.equal(false);
    if (outcome.ok || outcome.reason !== 'failed') throw new Error('expected a failure');
    expect(outcome.error).to.deep.include({ title: 'Dotfile already exists', message: '.bashrc is there', status: 409 });
  });

  it('turns an error thrown inside the responding function into a failed outcome', async () => {
    host.addEventListener('bai-bootstrap-script-fetch', (event) =>
      event.respondWith(
        (async () => {
          throw new TypeError('Failed to fetch');
        })(),
      ),
    );
    const outcome = await sendRequest(source, 'bai-bootstrap-script-fetch', {});
    if (outcome.ok || outcome.reason !== 'failed') throw new Error('expected a failure');
    expect(outcome.error).to.deep.include({ name: 'TypeError', message: 'Failed to fetch' });
  });

  it('gives up after the timeout with a TimeoutError', async () => {
    host.addEventListener('bai-bootstrap-script-fetch', (event) => event.respondWith(new Promise(() => {})));
    const outcome = await sendRequest(source, 'bai-bootstrap-script-fetch', {}, { timeout: 30 });
    if (outcome.ok || outcome.reason !== 'failed') throw new Error('expected a failure');
    expect(outcome.error.name).to.equal('TimeoutError');
  });

  it('refuses a second response to the same request', async () => {
    let second: unknown;
    host.addEventListener('bai-bootstrap-script-fetch', (event) => {
      event.respondWith('first');
      try {
        event.respondWith('second');
      } catch (error) {
        second = error;
      }
    });
    const outcome = await sendRequest(source, 'bai-bootstrap-script-fetch', {});
    expect(outcome).to.deep.equal({ ok: true, value: 'first' });
    expect(second).to.be.instanceOf(DOMException);
    expect((second as DOMException).name).to.equal('InvalidStateError');
  });

  it('refuses a response after the event was dispatched', () => {
    const event = new BaiRequestEvent('bai-dotfiles-fetch', {});
    document.body.dispatchEvent(event);
    expect(() => event.respondWith([])).to.throw(DOMException);
  });
});
