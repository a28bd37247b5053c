import { expect } from '@open-wc/testing';
import { filterEntries, matchesFilter } from '../../src/logs/search-entries.js';
import { logEntry as entry } from '../support/log-entry.js';

describe('log search', () => {
  it('finds text in any field, whatever its case', () => {
    const found = entry({ traceback: 'Traceback: KeyError in Handler' });
    expect(matchesFilter(found, { query: 'keyerror' })).to.equal(true);
    expect(matchesFilter(entry({ requestParameters: { path: '.Renviron' } }), { query: 'RENVIRON' })).to.equal(true);
    expect(matchesFilter(entry({ statusCode: 404 }), { query: '404' })).to.equal(true);
    expect(matchesFilter(entry({}), { query: 'nothing like this' })).to.equal(false);
  });

  it('keeps only errors when asked, combined with the query', () => {
    const entries = [
      entry({ id: 3, isError: true, title: 'Not found' }),
      entry({ id: 2, isError: false, title: 'found it' }),
      entry({ id: 1, isError: true, title: 'Bad request' }),
    ];
    expect(filterEntries(entries, { errorsOnly: true }).map((e) => e.id)).to.deep.equal([3, 1]);
    expect(filterEntries(entries, { errorsOnly: true, query: 'found' }).map((e) => e.id)).to.deep.equal([3]);
    expect(filterEntries(entries, { query: '  ' }).map((e) => e.id)).to.deep.equal([3, 2, 1]);
  });
});
