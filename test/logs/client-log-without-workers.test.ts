import { expect } from '@open-wc/testing';
import { ClientLog } from '../../src/logs/client-log.js';

// This page refuses workers from the start, as a Content-Security-Policy without
// worker-src or a bundle served from another origin would: the log must not lose entries.
const RealWorker = globalThis.Worker;

describe('ClientLog where workers are refused', () => {
  const warnings: unknown[][] = [];
  const warn = console.warn;

  before(() => {
    globalThis.Worker = class {
      constructor() {
        throw new DOMException('Failed to construct Worker: the script is on another origin.', 'SecurityError');
      }
    } as unknown as typeof Worker;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  after(() => {
    globalThis.Worker = RealWorker;
    console.warn = warn;
  });

  it('stores every entry on the page instead, says so once, and stays persistent', async () => {
    const log = new ClientLog({ databaseName: `bai-client-logs-no-worker-${Date.now()}`, maxEntries: 5 });
    for (let n = 1; n <= 4; n++) log.record({ isError: false, requestMethod: 'GET', requestUrl: `/func/request/${n}` });
    await log.flush();
    for (let n = 5; n <= 7; n++) log.record({ isError: n === 7, requestMethod: 'POST', requestUrl: `/func/request/${n}` });
    const entries = await log.list();
    expect(entries.map((entry) => entry.requestUrl)).to.deep.equal([7, 6, 5, 4, 3].map((n) => `/func/request/${n}`));
    expect(entries[0].isError).to.equal(true);
    expect(await log.persistent()).to.equal(true);
    await log.close();
    expect(warnings.filter((args) => String(args[0]).includes('main thread'))).to.have.length(1);
  });
});
