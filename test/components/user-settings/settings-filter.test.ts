import { expect } from '@open-wc/testing';
import { filterRows, matchesQuery, searchTerms } from '../../../src/components/user-settings/settings-filter.js';

const rows = [
  { id: 'language', searchText: ['Language', 'The language of this interface.', 'Français'], changed: false },
  { id: 'autoLogout', searchText: ['Auto Logout', 'Pages such as Jupyter Notebook do not count.'], changed: true },
  { id: 'compactSidebar', searchText: ['Use Compact Sidebar by default', 'A narrower sidebar.'], changed: false },
];

describe('settings filter', () => {
  it('splits a query into folded terms', () => {
    expect(searchTerms('  Auto   LOGOUT ')).to.deep.equal(['auto', 'logout']);
    expect(searchTerms('')).to.deep.equal([]);
  });

  it('matches every term in any order, across label and description', () => {
    expect(matchesQuery(rows[1], 'jupyter auto')).to.equal(true);
    expect(matchesQuery(rows[1], 'jupyter sidebar')).to.equal(false);
  });

  it('ignores accents and full-width letters', () => {
    expect(matchesQuery(rows[0], 'francais')).to.equal(true);
    expect(matchesQuery(rows[2], 'ｃｏｍｐａｃｔ')).to.equal(true);
  });

  it('keeps every row for an empty query and only changed rows when asked', () => {
    expect(filterRows(rows, { query: '', onlyChanged: false }).map((row) => row.id)).to.deep.equal(['language', 'autoLogout', 'compactSidebar']);
    expect(filterRows(rows, { query: '', onlyChanged: true }).map((row) => row.id)).to.deep.equal(['autoLogout']);
    expect(filterRows(rows, { query: 'sidebar', onlyChanged: true })).to.deep.equal([]);
  });

  it('treats regular-expression characters as plain text', () => {
    expect(matchesQuery(rows[0], '.*')).to.equal(false);
    expect(matchesQuery(rows[0], '(')).to.equal(false);
  });
});
