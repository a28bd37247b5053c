// (d) The Logs viewer with a full log (3000 entries): opening it until rows show, and a
// search, from the input event until only matching rows are on screen.
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

export default {
  id: 'log-viewer',
  title: `<bai-client-logs>, ${ENTRIES} entries`,
  requires: { elements: ['bai-client-logs'], exports: ['clientLog'] },
  metrics: [
    { key: 'open', label: 'connected → rows shown', baselineNote: 'none (upstream pages 3000 parsed entries)' },
    { key: 'search', label: 'search input → matching rows shown' },
  ],

  async run({ newPage, origin }) {
    await seedLog(newPage, origin);
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/bundle.html`);
    const open = await page.evaluate(async () => {
      const { allRoles, waitFor } = await import('/bench/pages/helpers.js');
      window.benchDataRows = () => allRoles('row').filter((row) => row.textContent.includes('manager.example.com'));
      const viewer = document.createElement('bai-client-logs');
      const start = performance.now();
      document.body.append(viewer);
      const { at } = await waitFor(() => window.benchDataRows().length > 0, 'rows of the log');
      return at - start;
    });

    const searchBox = await page.evaluateHandle(async () => {
      const { findRole } = await import('/bench/pages/helpers.js');
      const box = findRole('searchbox', 'Search logs') ?? findRole('textbox', 'Search logs');
      if (!box) throw new Error('no search box "Search logs"');
      // Armed before typing: the first input event starts the clock.
      window.benchSearch = new Promise((resolve) => {
        document.addEventListener('input', () => resolve(performance.now()), { capture: true, once: true });
      }).then(async (typedAt) => {
        const { waitFor } = await import('/bench/pages/helpers.js');
        const matching = () => {
          const rows = window.benchDataRows();
          return rows.length > 0 && rows.every((row) => row.textContent.includes('needle'));
        };
        const { at } = await waitFor(matching, 'only rows that match "needle"');
        return at - typedAt;
      });
      return box;
    });
    await searchBox.focus();
    // One input event for the whole word, as a paste: the clock runs from it to the frame that shows the result.
    await page.keyboard.sendCharacter('needle');
    const search = await page.evaluate(() => window.benchSearch);
    return { open, search };
  },
};
