import { expect } from '@open-wc/testing';
import type { ClientLogEntry } from '../../../src/logs/client-log-entry.js';
import { SearchIndex } from '../../../src/components/client-logs/search-index.js';
import { logEntry as entry } from '../../support/log-entry.js';

const ids = (entries: readonly ClientLogEntry[]) => entries.map((e) => e.id);

describe('SearchIndex', () => {
  const entries = [
    entry({ id: 3, isError: true, title: 'Session Not Found', requestParameters: { path: '.Renviron' } }),
    entry({ id: 2, traceback: 'KeyError: vfolder', statusCode: 404 }),
    entry({ id: 1, isError: true, message: 'Bad request' }),
  ];

  it('finds text in any field whatever its case, and keeps the order', () => {
    const index = new SearchIndex();
    index.entries = entries;
    expect(ids(index.filter({ query: 'NOT FOUND' }))).to.deep.equal([3]);
    expect(ids(index.filter({ query: 'renviron' }))).to.deep.equal([3]);
    expect(ids(index.filter({ query: ' keyerror ' }))).to.deep.equal([2]);
    expect(ids(index.filter({ query: '404' }))).to.deep.equal([2]);
    expect(ids(index.filter({ query: 'ssh-keypair' }))).to.deep.equal([3, 2, 1]);
    expect(index.filter({ query: 'nothing like this' })).to.deep.equal([]);
  });

  it('combines errors only with the query, and a blank query lets everything through', () => {
    const index = new SearchIndex();
    index.entries = entries;
    expect(ids(index.filter({ errorsOnly: true }))).to.deep.equal([3, 1]);
    expect(ids(index.filter({ errorsOnly: true, query: 'bad' }))).to.deep.equal([1]);
    expect(ids(index.filter({ query: '   ' }))).to.deep.equal([3, 2, 1]);
  });

  it('searches the extra text as well, and builds it again when its key changes', () => {
    let locale = 'en';
    const calls: number[] = [];
    const index = new SearchIndex({
      extraText: (e) => {
        calls.push(e.id);
        return locale === 'en' ? `Shown ${e.id} January` : `Affiché ${e.id} Janvier`;
      },
      extraTextKey: () => locale,
    });
    index.entries = entries;
    for (let i = 0; i < entries.length; i++) index.prepare(i);
    expect(ids(index.filter({ query: 'january' }))).to.deep.equal([3, 2, 1]);
    expect(ids(index.filter({ query: 'shown 2' }))).to.deep.equal([2]);
    // Prepared once, then searched twice: each extra text was built only once.
    expect(calls).to.deep.equal([3, 2, 1]);
    locale = 'fr';
    expect(index.filter({ query: 'january' })).to.deep.equal([]);
    expect(ids(index.filter({ query: 'JANVIER' }))).to.deep.equal([3, 2, 1]);
  });

  it('forgets the old haystacks when given new entries', () => {
    const index = new SearchIndex();
    index.entries = entries;
    expect(ids(index.filter({ query: 'bad request' }))).to.deep.equal([1]);
    index.entries = [entry({ id: 9, message: 'Quota exceeded' }), entry({ id: 8, message: 'bad request again' })];
    expect(ids(index.filter({ query: 'bad request' }))).to.deep.equal([8]);
    expect(ids(index.filter({ query: 'quota' }))).to.deep.equal([9]);
  });
});
