import { expect, fixture, html, waitUntil as waitUntilWithin } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { BaiClientLogs } from '../../../src/components/client-logs/client-logs.js';
import { defineElement } from '../../../src/internal/define-element.js';
import { BaiNotificationEvent, type BaiNotificationDetail } from '../../../src/events/notification-event.js';
import { applyLanguage } from '../../../src/localization.js';
import { ClientLog } from '../../../src/logs/client-log.js';
import type { ClientLogEntry, ClientLogEntryInput } from '../../../src/logs/client-log-entry.js';
import { findByRole, getAllByRole, getByRole, queryByRole, visibleText, waitForNoRole } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';

defineElement('bai-client-logs', BaiClientLogs);

// Waits are generous: these tests check outcomes, never speed, and the machine may be busy.
const waitUntil = (condition: () => boolean, message?: string) => waitUntilWithin(condition, message, { timeout: 10000 });

// Browsers report a ResizeObserver that needed a second pass in one frame as an error
// event; it is informational (the virtualizer measures rows while scrolling), not a fault.
window.addEventListener(
  'error',
  (event) => {
    if (event.message?.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
  },
  true,
);

let counter = 0;
const uniqueName = () => `bai-client-logs-view-${Date.now()}-${Math.random().toString(36).slice(2)}-${counter++}`;

const entry = (fields: Partial<ClientLogEntryInput> = {}): ClientLogEntryInput => ({
  isError: false,
  requestMethod: 'GET',
  requestUrl: '/func/auth/ssh-keypair',
  statusCode: 200,
  statusText: 'OK',
  ...fields,
});

const failure = (fields: Partial<ClientLogEntryInput> = {}): ClientLogEntryInput =>
  entry({
    isError: true,
    requestMethod: 'POST',
    requestUrl: '/func/user-config/dotfiles',
    statusCode: 409,
    statusText: 'Conflict',
    type: 'https://api.backend.ai/probs/dotfile-already-exists',
    title: 'Dotfile already exists',
    message: 'The path .bashrc exists',
    requestParameters: { path: '.bashrc', data: 'alias ll="ls -l"', permission: '644' },
    description: 'Use PATCH to change it',
    errorCode: 'dotfile_exists',
    traceback: 'Traceback (most recent call last):\n  File "dotfiles.py", line 42',
    response: { type: 'dotfile-already-exists', title: 'Dotfile already exists' },
    ...fields,
  });

function bodyRows(element: HTMLElement): HTMLElement[] {
  return getAllByRole(element, 'row').filter((row) => row.dataset.id !== undefined);
}

/** The Material dialog around an alertdialog: its buttons are slotted into it, not inside. */
function dialogHost(dialog: HTMLElement): Element {
  return (dialog.getRootNode() as ShadowRoot).host;
}

function cellTexts(row: HTMLElement): string[] {
  return getAllByRole(row, 'cell').map((cell) => visibleText(cell));
}

/** Whether the focused row shows `text`; focus is briefly on nothing while the virtualizer swaps rows. */
function focusedRowShows(element: HTMLElement, text: string): boolean {
  const active = element.shadowRoot!.activeElement as HTMLElement | null;
  return active !== null && cellTexts(active).includes(text);
}

describe('<bai-client-logs>', function () {
  // Dialog animations and axe runs are slow on a busy machine; this is a ceiling, not a speed check.
  this.timeout(60000);
  const logs: ClientLog[] = [];
  let notifications: BaiNotificationDetail[];
  const listen = (element: HTMLElement) =>
    element.addEventListener(BaiNotificationEvent.eventName, (event) => notifications.push((event as BaiNotificationEvent).detail));

  async function setup(entries: ClientLogEntryInput[] = [], options: { maxEntries?: number } = {}) {
    const log = new ClientLog({ databaseName: uniqueName(), ...options });
    logs.push(log);
    for (const item of entries) log.record(item);
    await log.flush();
    const element = await fixture<BaiClientLogs>(html`<bai-client-logs .log=${log}></bai-client-logs>`);
    listen(element);
    await element.refresh();
    await element.updateComplete;
    if (entries.length > 0) await waitUntil(() => bodyRows(element).length > 0, 'no row was rendered');
    return { element, log };
  }

  beforeEach(() => {
    notifications = [];
  });

  afterEach(async () => {
    for (const log of logs.splice(0)) {
      await log.close();
      indexedDB.deleteDatabase(log.databaseName);
    }
  });

  it('says there is nothing to show, names every column and tells how many logs are kept', async () => {
    const { element } = await setup();
    await findByRole(element, 'cell', { name: 'No logs to display' });
    expect(getAllByRole(element, 'columnheader').map((header) => visibleText(header))).to.deep.equal([
      'Timestamp',
      'Status',
      'Error Title',
      'Error Message',
      'Error Type',
      'Method',
      'Request URL',
      'Parameters',
    ]);
    expect(visibleText(element)).to.include('Up to 3,000 recent logs are kept.');
    await expectNoAxeViolations(element);
  });

  it('lists entries newest first, errors marked by an icon and the word Error', async () => {
    const { element } = await setup([entry({ requestUrl: '/func/first', timestamp: '2026-03-04T05:06:07.000Z' }), failure()]);
    const rows = bodyRows(element);
    expect(rows).to.have.length(2);
    const [newest, oldest] = rows.map(cellTexts);
    expect(newest.slice(1)).to.deep.equal([
      'Error 409 Conflict',
      'Dotfile already exists',
      'The path .bashrc exists',
      'https://api.backend.ai/probs/dotfile-already-exists',
      'POST',
      '/func/user-config/dotfiles',
      '{"path":".bashrc","data":"alias ll=\\"ls -l\\"","permission":"644"}',
    ]);
    const expectedTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date('2026-03-04T05:06:07.000Z'));
    expect(oldest[0]).to.equal(expectedTime);
    expect(oldest[1]).to.equal('200 OK');
    expect(rows[0].querySelector('svg.error-icon')).to.not.equal(null);
    expect(rows[1].querySelector('svg.error-icon')).to.equal(null);
    await expectNoAxeViolations(element);
  });

  it('shows the whole text of a cut-off cell as a tooltip under the pointer, and none for a cell that fits', async () => {
    const longUrl = `/func/session/${'very-long-session-name-'.repeat(8)}end/logs`;
    const { element } = await setup([entry({ requestUrl: longUrl })]);
    const [row] = bodyRows(element);
    const cells = getAllByRole(row, 'cell');
    const hover = async (cell: HTMLElement) => {
      // The table is wider than the test window: scroll the cell into it, as a user would.
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const box = cell.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 4), Math.round(box.top + box.height / 2)] });
    };
    try {
      await hover(cells[6]);
      await waitUntil(() => cells[6].title === longUrl, 'the cut-off URL got no tooltip');
      await hover(cells[5]);
      await waitUntil(() => cells[5].matches('.cell') && !cells[5].hasAttribute('title'), 'a cell that fits got a tooltip');
      expect(visibleText(cells[5])).to.equal('GET');
    } finally {
      await resetMouse();
    }
  });

  it('shows markup from a log entry as text and never creates its elements', async () => {
    const hostile = '<img src=x onerror="window.__baiLogsHacked = true">';
    const { element } = await setup([failure({ message: hostile, title: '<b>bold</b>', traceback: hostile })]);
    const [row] = bodyRows(element);
    expect(cellTexts(row)).to.include(hostile);
    expect(cellTexts(row)).to.include('<b>bold</b>');
    row.click();
    const details = await findByRole(element, 'dialog', { name: 'Log entry details' });
    expect(visibleText(details)).to.include(hostile);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('b')).to.equal(null);
    expect((window as unknown as { __baiLogsHacked?: boolean }).__baiLogsHacked).to.equal(undefined);
  });

  it('searches every field whatever the case and highlights the matches as text', async () => {
    const { element } = await setup([
      entry({ requestUrl: '/func/folders' }),
      failure({ traceback: 'KeyError: vfolder_host' }),
      entry({ requestUrl: '/func/Renviron-check' }),
    ]);
    const search = getByRole(element, 'searchbox', { name: 'Search logs' });
    search.focus();
    await sendKeys({ type: 'RENVIRON' });
    await waitUntil(() => bodyRows(element).length === 1, 'the search did not narrow the rows');
    const marks = [...bodyRows(element)[0].querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['Renviron']);

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'keyerror' });
    await waitUntil(() => bodyRows(element).length === 1 && bodyRows(element)[0].textContent!.includes('dotfiles'));
    expect(visibleText(element)).to.include('1 of 3 entries shown');

    await sendKeys({ type: ' nothing like it' });
    await findByRole(element, 'cell', { name: 'No logs match the search' });
  });

  it('writes times in the current language and finds entries by the time shown', async () => {
    const march = '2026-03-04T05:06:07.000Z';
    const { element } = await setup([entry({ timestamp: march, requestUrl: '/func/march' }), entry({ timestamp: '2025-11-12T13:14:15.000Z' })]);
    const shownDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(march));
    getByRole(element, 'searchbox', { name: 'Search logs' }).focus();
    await sendKeys({ type: shownDate });
    await waitUntil(() => bodyRows(element).length === 1, 'searching by the shown date did not narrow the rows');
    expect(cellTexts(bodyRows(element)[0])).to.include('/func/march');

    try {
      await applyLanguage('ko');
      const korean = new Intl.DateTimeFormat('ko', { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(march));
      await waitUntil(() => cellTexts(bodyRows(element)[0])[0] === korean, 'the time was not rewritten in Korean');
      expect(element.lang).to.equal('ko');
    } finally {
      await applyLanguage('en');
    }
  });

  it('words counts by the plural rules of the current language', async () => {
    const { element } = await setup([entry(), entry()], { maxEntries: 1000 });
    expect(visibleText(element)).to.include('2 of 2 entries shown');
    expect(visibleText(element)).to.include('Up to 1,000 recent logs are kept.');
    try {
      await applyLanguage('ru');
      await waitUntil(() => visibleText(element).includes('Показано 2 из 2 записей'), 'the Russian count was not shown');
      expect(visibleText(element)).to.match(/Хранится до 1\s000 последних записей\./);
    } finally {
      await applyLanguage('en');
    }
  });

  it('shows only errors while Display only errors is on', async () => {
    const { element } = await setup([entry(), failure(), entry(), failure({ title: 'Second failure' })]);
    expect(bodyRows(element)).to.have.length(4);
    getByRole(element, 'switch', { name: 'Display only errors' }).click();
    await waitUntil(() => bodyRows(element).length === 2, 'errors only was not applied');
    expect(bodyRows(element).map((row) => cellTexts(row)[2])).to.deep.equal(['Second failure', 'Dotfile already exists']);
    getByRole(element, 'switch', { name: 'Display only errors' }).click();
    await waitUntil(() => bodyRows(element).length === 4);
  });

  it('shows entries recorded in another tab without a reload, and on Refresh', async () => {
    const { element, log } = await setup([entry()]);
    const otherTab = new ClientLog({ databaseName: log.databaseName });
    logs.push(otherTab);
    otherTab.record(failure({ title: 'From another tab' }));
    await otherTab.flush();
    await waitUntil(() => bodyRows(element).length === 2, 'the entry from the other tab did not appear');
    expect(cellTexts(bodyRows(element)[0])[2]).to.equal('From another tab');

    getByRole(element, 'button', { name: 'Refresh' }).click();
    await element.refresh();
    expect(bodyRows(element)).to.have.length(2);

    await otherTab.clear();
    await findByRole(element, 'cell', { name: 'No logs to display' }, 10000);
  });

  it('clears the log only after the user confirms, saying it cannot be undone', async () => {
    const { element, log } = await setup([entry(), failure()]);
    getByRole(element, 'button', { name: 'Clear logs' }).click();
    let dialog = await findByRole(element, 'alertdialog', { name: 'Clear logs?' });
    expect(visibleText(dialog)).to.include('cannot be undone');
    getByRole(dialogHost(dialog), 'button', { name: 'Cancel' }).click();
    await waitForNoRole(element, 'alertdialog');
    expect(bodyRows(element)).to.have.length(2);
    expect(await log.list()).to.have.length(2);

    getByRole(element, 'button', { name: 'Clear logs' }).click();
    dialog = await findByRole(element, 'alertdialog', { name: 'Clear logs?' });
    getByRole(dialogHost(dialog), 'button', { name: 'Clear logs' }).click();
    await findByRole(element, 'cell', { name: 'No logs to display' });
    expect(await log.list()).to.deep.equal([]);
    expect(notifications).to.deep.equal([{ message: 'The logs were cleared.', level: 'success' }]);
    expect(getByRole(element, 'status').textContent).to.include('The logs were cleared.');
  });

  describe('Export', () => {
    let blobs: Blob[];
    let downloads: string[];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;

    beforeEach(() => {
      blobs = [];
      downloads = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return `blob:${location.origin}/export-${blobs.length}`;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
    });

    afterEach(() => {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('downloads what is shown as JSON', async () => {
      const { element } = await setup([entry({ requestUrl: '/func/a' }), failure(), entry({ requestUrl: '/func/b' })]);
      getByRole(element, 'switch', { name: 'Display only errors' }).click();
      await waitUntil(() => bodyRows(element).length === 1);
      getByRole(element, 'button', { name: 'Export' }).click();
      expect(downloads).to.have.length(1);
      expect(downloads[0]).to.match(/^bai-client-logs-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
      expect(blobs[0].type).to.equal('application/json');
      const exported = JSON.parse(await blobs[0].text()) as ClientLogEntry[];
      expect(exported).to.have.length(1);
      expect(exported[0]).to.include({ isError: true, title: 'Dotfile already exists', errorCode: 'dotfile_exists' });
      expect(notifications).to.deep.equal([{ message: 'Exported 1 log entry.', level: 'success' }]);
    });

    it('says so when there is nothing to export', async () => {
      const { element } = await setup();
      getByRole(element, 'button', { name: 'Export' }).click();
      expect(downloads).to.deep.equal([]);
      expect(notifications).to.deep.equal([{ message: 'There are no logs to export.', level: 'warning' }]);
    });
  });

  it('opens the detail of a row on click or Enter, and Escape or Close returns to the row', async () => {
    const { element } = await setup([entry(), failure()]);
    const [errorRow] = bodyRows(element);
    errorRow.click();
    let details = await findByRole(element, 'dialog', { name: 'Log entry details' });
    const text = visibleText(details);
    for (const expected of [
      'Traceback (most recent call last):',
      'Use PATCH to change it',
      'dotfile_exists',
      '"path": ".bashrc"',
      '"type": "dotfile-already-exists"',
      'Error',
    ]) {
      expect(text).to.include(expected);
    }
    await expectNoAxeViolations(element);
    await sendKeys({ press: 'Escape' });
    await waitForNoRole(element, 'dialog');
    await waitUntil(() => element.shadowRoot!.activeElement === bodyRows(element)[0], 'focus did not return to the row');

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => element.shadowRoot!.activeElement === bodyRows(element)[1], 'ArrowDown did not move to the next row');
    await sendKeys({ press: 'Enter' });
    details = await findByRole(element, 'dialog', { name: 'Log entry details' });
    expect(visibleText(details)).to.include('/func/auth/ssh-keypair');
    getByRole(details, 'button', { name: 'Close' }).click();
    await waitForNoRole(element, 'dialog');
    expect(queryByRole(element, 'dialog')).to.equal(null);
  });

  it('keeps about a screenful of rows in the DOM with 3000 entries', async () => {
    const entries = Array.from({ length: 3000 }, (_, n) => entry({ requestUrl: `/func/request/${n}`, isError: n % 7 === 0 }));
    const { element } = await setup(entries);
    expect(visibleText(element)).to.include('3,000 of 3,000 entries shown');
    await waitUntil(() => bodyRows(element).length > 0);
    expect(bodyRows(element).length).to.be.below(80);
    expect(cellTexts(bodyRows(element)[0])).to.include('/func/request/2999');

    const rows = element.shadowRoot!.querySelector('.rows') as HTMLElement;
    rows.scrollTop = rows.scrollHeight;
    await waitUntil(() => bodyRows(element).some((row) => cellTexts(row).includes('/func/request/0')), 'the oldest entry never rendered');
    expect(bodyRows(element).length).to.be.below(80);

    // End on a focused row brings the oldest into view and focus; Home goes back to the newest.
    rows.scrollTop = 0;
    await waitUntil(() => bodyRows(element).some((row) => row.tabIndex === 0), 'no row takes the focus');
    bodyRows(element).find((row) => row.tabIndex === 0)!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRowShows(element, '/func/request/0'), 'End did not reach the oldest');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRowShows(element, '/func/request/2999'), 'Home did not reach the newest');
    expect(bodyRows(element).length).to.be.below(80);
  });

  it('says logs last only as long as the page when the browser refuses to store them', async () => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    try {
      const { element } = await setup([failure()]);
      expect(bodyRows(element)).to.have.length(1);
      await waitUntil(() => visibleText(element).includes('This browser does not allow storing logs'), 'no note about storage');
    } finally {
      IDBFactory.prototype.open = original;
    }
  });

  it('keeps only the newest entries of a bounded log', async () => {
    const { element } = await setup(
      Array.from({ length: 12 }, (_, n) => entry({ requestUrl: `/func/${n}` })),
      { maxEntries: 10 },
    );
    expect(bodyRows(element)).to.have.length(10);
    expect(visibleText(element)).to.include('Up to 10 recent logs are kept.');
  });
});
