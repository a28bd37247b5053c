import { expect } from '@open-wc/testing';
import { isChangeStamp, isNewer } from '../../src/preferences/change-stamp.js';

describe('change stamps', () => {
  it('orders changes by time, then by tab id, and anything is newer than nothing', () => {
    expect(isNewer({ time: 2, tab: 'a' }, { time: 1, tab: 'z' })).to.equal(true);
    expect(isNewer({ time: 1, tab: 'z' }, { time: 2, tab: 'a' })).to.equal(false);
    expect(isNewer({ time: 1, tab: 'b' }, { time: 1, tab: 'a' })).to.equal(true);
    expect(isNewer({ time: 1, tab: 'a' }, { time: 1, tab: 'b' })).to.equal(false);
    expect(isNewer({ time: 1, tab: 'a' }, { time: 1, tab: 'a' })).to.equal(false);
    expect(isNewer({ time: 0, tab: '' }, undefined)).to.equal(true);
  });

  it('recognizes only well-formed stamps', () => {
    expect(isChangeStamp({ time: 5, tab: 'x' })).to.equal(true);
    for (const bad of [null, undefined, {}, { time: '5', tab: 'x' }, { time: Number.NaN, tab: 'x' }, { time: 5 }]) {
      expect(isChangeStamp(bad)).to.equal(false);
    }
  });
});
