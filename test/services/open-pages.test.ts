import { expect } from '@open-wc/testing';
import { BroadcastPages, defaultOpenPages, WebLockPages, type OpenPages } from '../../src/services/open-pages.js';
import { until } from '../preferences/support.js';

const pagesModule = new URL('../../src/services/open-pages.ts', import.meta.url).href;
const frames: HTMLIFrameElement[] = [];

/** Another WebUI page: a same-origin frame that joins the count with its own copy of the library. */
async function openPage(kind: 'WebLockPages' | 'BroadcastPages', name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const create =
    kind === 'WebLockPages' ? `new WebLockPages(navigator.locks, ${JSON.stringify(name)})` : `new BroadcastPages(${JSON.stringify(name)})`;
  frame.srcdoc = `<script type="module">
    import { WebLockPages, BroadcastPages } from ${JSON.stringify(pagesModule)};
    window.leave = ${create}.join();
  </script>`;
  frames.push(frame);
  document.body.append(frame);
  await until(() => typeof (frame.contentWindow as { leave?: unknown } | null)?.leave === 'function', 15000);
  return frame;
}

async function settlesAt(pages: OpenPages, expected: number): Promise<void> {
  let count = -1;
  const deadline = performance.now() + 5000;
  while (count !== expected && performance.now() < deadline) count = await pages.countOthers();
  expect(count).to.equal(expected);
}

describe('open WebUI pages', () => {
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const kind of ['WebLockPages', 'BroadcastPages'] as const) {
    describe(kind, () => {
      const make = (name: string): OpenPages =>
        kind === 'WebLockPages' ? new WebLockPages(navigator.locks, name) : new BroadcastPages(name, 150);

      it('counts the pages that joined, until they leave', async () => {
        const name = `pages-${crypto.randomUUID()}`;
        const observer = make(name);
        expect(await observer.countOthers()).to.equal(0);
        const leaveFirst = make(name).join();
        const leaveSecond = make(name).join();
        await settlesAt(observer, 2);
        leaveFirst();
        await settlesAt(observer, 1);
        leaveSecond();
        await settlesAt(observer, 0);
      });

      it('stops counting a page as soon as it closes, without any heartbeat', async () => {
        const name = `pages-${crypto.randomUUID()}`;
        const observer = make(name);
        const first = await openPage(kind, name);
        await openPage(kind, name);
        await settlesAt(observer, 2);
        first.remove();
        await settlesAt(observer, 1);
      });
    });
  }

  it('uses Web Locks where the browser has them', () => {
    expect(defaultOpenPages()).to.be.instanceOf(navigator.locks ? WebLockPages : BroadcastPages);
  });
});
