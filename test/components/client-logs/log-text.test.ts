import { expect } from '@open-wc/testing';
import { formatTimestamp } from '../../../src/components/client-logs/format-timestamp.js';
import { splitMatches } from '../../../src/components/client-logs/highlight.js';
import { prettyPayload } from '../../../src/components/client-logs/log-entry-details.js';
import { exportFileName } from '../../../src/components/client-logs/export-logs.js';
import { rowAfterKey } from '../../../src/components/client-logs/row-navigation.js';

describe('splitMatches', () => {
  it('cuts text into matching and other stretches, whatever the case', () => {
    expect(splitMatches('GET /Func/func/x', 'FUNC')).to.deep.equal([
      { text: 'GET /', match: false },
      { text: 'Func', match: true },
      { text: '/', match: false },
      { text: 'func', match: true },
      { text: '/x', match: false },
    ]);
  });

  it('keeps the text whole when nothing matches or the query is blank', () => {
    expect(splitMatches('plain', 'zzz')).to.deep.equal([{ text: 'plain', match: false }]);
    expect(splitMatches('plain', '   ')).to.deep.equal([{ text: 'plain', match: false }]);
    expect(splitMatches('', 'a')).to.deep.equal([]);
  });

  it('treats markup and pattern characters in the query as plain text', () => {
    expect(splitMatches('a<b>.*c', '<b>.*')).to.deep.equal([
      { text: 'a', match: false },
      { text: '<b>.*', match: true },
      { text: 'c', match: false },
    ]);
  });
});

describe('prettyPayload', () => {
  it('lays out JSON objects and JSON text on several lines', () => {
    expect(prettyPayload({ a: 1 })).to.equal('{\n  "a": 1\n}');
    expect(prettyPayload('{"path":".bashrc"}')).to.equal('{\n  "path": ".bashrc"\n}');
  });

  it('shows anything else as recorded', () => {
    expect(prettyPayload('not json {')).to.equal('not json {');
    expect(prettyPayload('"just a string"')).to.equal('"just a string"');
    expect(prettyPayload(undefined)).to.equal('');
  });
});

describe('formatTimestamp', () => {
  it('writes the time as the locale does', () => {
    const iso = '2026-07-08T09:10:11.000Z';
    for (const locale of ['en', 'ko', 'fr', 'ru']) {
      const expected = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
      expect(formatTimestamp(iso, locale)).to.equal(expected);
    }
    expect(formatTimestamp(iso, 'ko')).not.to.equal(formatTimestamp(iso, 'en'));
  });

  it('shows text that is not a date as it is', () => {
    expect(formatTimestamp('yesterday-ish', 'en')).to.equal('yesterday-ish');
  });

  it('gives every moment of one second the same text, in each locale, and the next second its own', () => {
    const intl = (iso: string, locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
    for (const locale of ['en', 'mn']) {
      for (const iso of ['2026-03-04T05:06:07.001Z', '2026-03-04T05:06:07.999Z', '2026-03-04T05:06:08.000Z', '2026-03-04T05:06:08+09:00']) {
        expect(formatTimestamp(iso, locale)).to.equal(intl(iso, locale));
      }
    }
    expect(formatTimestamp('2026-03-04T05:06:07.999Z', 'en')).not.to.equal(formatTimestamp('2026-03-04T05:06:08.000Z', 'en'));
  });
});

describe('exportFileName', () => {
  it('is dated and safe on every file system', () => {
    expect(exportFileName(new Date('2026-01-02T03:04:05.678Z'))).to.equal('bai-client-logs-2026-01-02T03-04-05.json');
  });
});

describe('rowAfterKey', () => {
  it('moves by one, by a page and to either end, staying inside the list', () => {
    expect(rowAfterKey('ArrowDown', 3, 50)).to.equal(4);
    expect(rowAfterKey('ArrowDown', 49, 50)).to.equal(49);
    expect(rowAfterKey('ArrowUp', 0, 50)).to.equal(0);
    expect(rowAfterKey('PageDown', 45, 50)).to.equal(49);
    expect(rowAfterKey('PageUp', 12, 50)).to.equal(2);
    expect(rowAfterKey('Home', 20, 50)).to.equal(0);
    expect(rowAfterKey('End', 20, 50)).to.equal(49);
    expect(rowAfterKey('a', 20, 50)).to.equal(undefined);
  });
});
