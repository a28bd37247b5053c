import { expect } from '@open-wc/testing';
import { formatByteCount, formatBytes, formatDateTime, formatNumber } from '../../src/i18n/format.js';
import { applyLanguage } from '../../src/localization.js';

// Noon UTC is the same calendar day in every time zone the test machines may use.
const DAY = new Date(Date.UTC(2026, 11, 4, 12, 0, 0));
const SPACE = '[\\s\\u00a0\\u202f]';

describe('Intl formatters', () => {
  afterEach(() => applyLanguage('en'));

  it('formats dates in the current locale', async () => {
    const dateOnly: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
    expect(formatDateTime(DAY, dateOnly)).to.equal('Dec 4, 2026');
    await applyLanguage('ko');
    expect(formatDateTime(DAY, dateOnly)).to.equal('2026. 12. 4.');
    await applyLanguage('fr');
    expect(formatDateTime(DAY, dateOnly)).to.equal('4 déc. 2026');
  });

  it('takes the ISO 8601 text the client log stores, with date and time by default', async () => {
    await applyLanguage('ru');
    const text = formatDateTime(DAY.toISOString());
    expect(text).to.contain('2026');
    expect(text).to.contain('дек');
    expect(text).to.match(/\d{1,2}:\d{2}:\d{2}/);
  });

  it('gives back a value that is not a date as it was, instead of throwing', () => {
    expect(formatDateTime('yesterday-ish')).to.equal('yesterday-ish');
    expect(formatDateTime(Number.NaN)).to.equal('NaN');
  });

  it('formats numbers in the current locale', async () => {
    expect(formatNumber(1234567.5)).to.equal('1,234,567.5');
    await applyLanguage('fr');
    expect(formatNumber(1234567.5)).to.match(new RegExp(`^1${SPACE}234${SPACE}567,5$`));
    await applyLanguage('id');
    expect(formatNumber(1234567.5)).to.equal('1.234.567,5');
  });

  it('formats sizes with the largest fitting unit, in the current locale', async () => {
    expect(formatBytes(65536)).to.match(new RegExp(`^64${SPACE}kB$`));
    expect(formatBytes(1536)).to.match(new RegExp(`^1\\.5${SPACE}kB$`));
    expect(formatBytes(3 * 1024 * 1024)).to.match(new RegExp(`^3${SPACE}MB$`));
    expect(formatBytes(0)).to.match(new RegExp(`^0${SPACE}byte$`));
    await applyLanguage('fr');
    expect(formatBytes(65536)).to.match(new RegExp(`^64${SPACE}ko$`));
    expect(formatBytes(1536)).to.match(new RegExp(`^1,5${SPACE}ko$`));
  });

  it('writes an exact byte count with the unit in the grammar of the current locale', async () => {
    expect(formatByteCount(65537)).to.equal('65,537 bytes');
    expect(formatByteCount(1)).to.equal('1 byte');
    await applyLanguage('ru');
    expect(formatByteCount(65537)).to.match(new RegExp(`^65${SPACE}537${SPACE}байт$`));
    expect(formatByteCount(2)).to.match(new RegExp(`^2${SPACE}байта$`));
  });
});
