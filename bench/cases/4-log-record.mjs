// (d) Recording 5000 requests in the client log against the upstream design (a
// localStorage JSON array rewritten on each append), the requests arriving one per task
// as a page's responses do. Also the worst case for this log: each entry stored before
// the next is recorded, so no two share a write. Main-thread time comes from Chromium's
// own task accounting.
const ENTRIES = 5000;

async function mainThreadMs(page, work) {
  const before = await page.metrics();
  const extra = await work();
  const after = await page.metrics();
  return { ms: (after.TaskDuration - before.TaskDuration) * 1000, extra };
}

/** Checks, outside the measured time, that the log just written kept the newest 3000 entries. */
async function expectNewest3000(page) {
  const stored = await page.evaluate(async () => {
    const count = (await window.benchLog.list()).length;
    await window.benchLog.close();
    return count;
  });
  if (stored !== 3000) throw new Error(`the log kept ${stored} entries, not the newest 3000`);
}

export default {
  id: 'log-record',
  title: `client log: record ${ENTRIES} entries`,
  requires: { exports: ['ClientLog'] },
  metrics: [
    { key: 'perRecord', label: 'main-thread ms per record, one request per task', baseline: 'upstreamPerRecord' },
    { key: 'perRecordAlone', label: 'main-thread ms per record, each stored before the next', baseline: 'upstreamPerRecord' },
    { key: 'recordCall', label: 'record() call itself, mean' },
    { key: 'total', label: `wall time until all ${ENTRIES} stored, one request per task`, baseline: 'upstreamTotal' },
  ],

  async run({ newPage, origin, runIndex }) {
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/blank.html`);
    await page.evaluate(async () => {
      window.benchApi = await import('/dist/index.js');
      window.benchEntries = await import('/bench/pages/log-entries.js');
      window.benchUpstream = await import('/bench/pages/upstream-log.js');
    });
    await page.evaluate(() => {
      // Each request in its own task, as responses arrive apart (a message, not a clamped timer).
      const channel = new MessageChannel();
      window.benchNextTask = () =>
        new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
    });
    const perTask = await mainThreadMs(page, () =>
      page.evaluate(
        async (count, databaseName) => {
          const log = new window.benchApi.ClientLog({ databaseName, legacyStorage: null });
          let callsMs = 0;
          const start = performance.now();
          for (let index = 0; index < count; index += 1) {
            const entry = window.benchEntries.makeEntry(index);
            const before = performance.now();
            log.record(entry);
            callsMs += performance.now() - before;
            await window.benchNextTask();
          }
          await log.flush();
          window.benchLog = log;
          return { total: performance.now() - start, recordCall: callsMs / count };
        },
        ENTRIES,
        `bench-log-record-${runIndex}`,
      ),
    );
    await expectNewest3000(page);
    const alone = await mainThreadMs(page, () =>
      page.evaluate(
        async (count, databaseName) => {
          const log = new window.benchApi.ClientLog({ databaseName, legacyStorage: null });
          for (let index = 0; index < count; index += 1) {
            log.record(window.benchEntries.makeEntry(index));
            await log.flush();
          }
          window.benchLog = log;
        },
        ENTRIES,
        `bench-log-record-alone-${runIndex}`,
      ),
    );
    await expectNewest3000(page);
    const measured = {
      perRecord: perTask.ms / ENTRIES,
      perRecordAlone: alone.ms / ENTRIES,
      recordCall: perTask.extra.recordCall,
      total: perTask.extra.total,
    };
    // The baseline takes minutes (tens of ms per append once the array is full) and varies
    // little between runs: it runs once.
    if (runIndex > 0) return measured;
    const upstream = await mainThreadMs(page, () =>
      page.evaluate(async (count) => {
        const start = performance.now();
        for (let index = 0; index < count; index += 1) {
          window.benchUpstream.appendUpstream(window.benchEntries.makeEntry(index));
          await window.benchNextTask();
        }
        return performance.now() - start;
      }, ENTRIES),
    );
    return { ...measured, upstreamPerRecord: upstream.ms / ENTRIES, upstreamTotal: upstream.extra };
  },
};
