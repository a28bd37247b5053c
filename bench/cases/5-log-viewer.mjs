// (d) The Logs viewer with a full log (3000 entries): opening it until rows show (in a
// fresh page, in one that has recorded requests as an application does, and as the Logs
// tab of <bai-user-settings> that a user clicks), and a
// search over all 3000, from the input event until the frame that shows only matching
// rows; "frames" counts the animation frames in between (1: the very next frame). The
// search is typed twice: as a user does, after reading the table (an idle moment), and the
// very moment the table counts every entry, while the viewer may still be preparing them.
const ENTRIES = 3000;

async function seedLog(newPage, origin) {
  const page = await newPage();
  await page.goto(`${origin}/bench/pages/blank.html`);
  await page.evaluate(async (count) => {
    const { clientLog } = await import('/dist/index.js');
    const { makeEntry } = await import('/bench/pages/log-entries.js');
    for (let index = 0; index < count; index += 1) clientLog.record(makeEntry(index));
    await clientLog.close();
  }, ENTRIES);
  await page.close();
}

/** From appending a viewer to the frame that shows rows of the log. */
function timeOpen(page) {
  return page.evaluate(async () => {
    const { allRoles, waitFor } = await import('/bench/pages/helpers.js');
    window.benchDataRows = () => allRoles('row').filter((row) => row.textContent.includes('manager.example.com'));
    const viewer = document.createElement('bai-client-logs');
    const start = performance.now();
    document.body.append(viewer);
    const { at } = await waitFor(() => window.benchDataRows().length > 0, 'rows of the log');
    return at - start;
  });
}

/** Types "needle" into the box as one input event; the time and frames until only matches show. */
async function timeSearch(page, box) {
  await page.evaluate(async () => {
    // Loaded before typing: waiting on an import after the input could let a frame go by unseen.
    const { waitFor } = await import('/bench/pages/helpers.js');
    const matching = () => {
      const rows = window.benchDataRows();
      return rows.length > 0 && rows.every((row) => row.textContent.includes('needle'));
    };
    // Armed before typing: the first input event starts the clock and the frame count.
    window.benchSearch = new Promise((resolve) => {
      document.addEventListener('input', () => resolve(performance.now()), { capture: true, once: true });
    }).then(async (typedAt) => {
      const { at, frames } = await waitFor(matching, 'only rows that match "needle"');
      return { ms: at - typedAt, frames };
    });
  });
  await box.focus();
  // One input event for the whole word, as a paste.
  await page.keyboard.sendCharacter('needle');
  return page.evaluate(() => window.benchSearch);
}

export default {
  id: 'log-viewer',
  title: `<bai-client-logs>, ${ENTRIES} entries`,
  requires: { elements: ['bai-client-logs'], exports: ['clientLog'] },
  metrics: [
    { key: 'open', label: 'connected → rows shown, log not opened before', baselineNote: 'none (upstream pages 3000 parsed entries)' },
    { key: 'openRecording', label: 'connected → rows shown, in a page that has recorded requests' },
    { key: 'openTab', label: 'settings page: Logs tab clicked → rows shown' },
    { key: 'search', label: 'search (typed after an idle moment) → frame showing only matches' },
    { key: 'searchFrames', label: 'frames from that input to that frame', unit: 'frames' },
    { key: 'searchAtOnce', label: 'search typed the moment all entries are counted → frame' },
    { key: 'searchAtOnceFrames', label: 'frames from that input to that frame', unit: 'frames' },
  ],

  async run({ newPage, origin }) {
    await seedLog(newPage, origin);
    // A page that has not touched the log before: the viewer opens the database itself.
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/bundle.html`);
    const open = await timeOpen(page);
    const box = await page.evaluateHandle(async (count) => {
      const { findRole, waitFor } = await import('/bench/pages/helpers.js');
      // The first rows come from a first read of the newest few; a search covers the whole log
      // once the table counts every entry (and its header row).
      const table = findRole('table', 'Log messages');
      await waitFor(() => table.getAttribute('aria-rowcount') === String(count + 1), `all ${count} entries`);
      const found = findRole('searchbox', 'Search logs') ?? findRole('textbox', 'Search logs');
      if (!found) throw new Error('no search box "Search logs"');
      return found;
    }, ENTRIES);
    // Typed the moment the whole log is counted: the search may have to finish preparing it.
    const atOnce = await timeSearch(page, box);

    await box.click({ count: 3 });
    await page.keyboard.press('Backspace');
    await page.evaluate(async (count) => {
      const { findRole, waitFor } = await import('/bench/pages/helpers.js');
      const table = findRole('table', 'Log messages');
      await waitFor(() => table.getAttribute('aria-rowcount') === String(count + 1), `all ${count} entries again`);
      // As a user who reads the table before typing: the page has had an idle moment.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    }, ENTRIES);
    const settled = await timeSearch(page, box);

    // As in an application: the manager bridge has recorded requests since the page loaded,
    // so the log's database is open when the user first opens the Logs tab.
    const recording = await newPage();
    await recording.goto(`${origin}/bench/pages/bundle.html`);
    await recording.evaluate(async (index) => {
      const { clientLog } = await import('/dist/index.js');
      const { makeEntry } = await import('/bench/pages/log-entries.js');
      clientLog.record(makeEntry(index));
      await clientLog.flush();
    }, ENTRIES);
    const openRecording = await timeOpen(recording);

    // The Logs tab of the settings page, clicked as a user does once the page is up.
    const settings = await newPage();
    await settings.goto(`${origin}/bench/pages/user-settings.html?namespace=bench-log-viewer`);
    const tab = await settings.evaluateHandle(async () => {
      const { findRole, waitFor } = await import('/bench/pages/helpers.js');
      const { value } = await waitFor(() => findRole('tab', 'Logs'), 'the "Logs" tab');
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      return value;
    });
    await settings.evaluate(async () => {
      const { allRoles, waitFor } = await import('/bench/pages/helpers.js');
      window.benchTab = new Promise((resolve) => {
        document.addEventListener('click', () => resolve(performance.now()), { capture: true, once: true });
      }).then(async (clickedAt) => {
        const dataRows = () => allRoles('row').some((row) => row.textContent.includes('manager.example.com'));
        const { at } = await waitFor(dataRows, 'rows of the log under the Logs tab');
        return at - clickedAt;
      });
    });
    await tab.click();
    const openTab = await settings.evaluate(() => window.benchTab);
    return {
      openTab,
      openRecording, open, search: settled.ms, searchFrames: settled.frames, searchAtOnce: atOnce.ms, searchAtOnceFrames: atOnce.frames };
  },
};
