import { expect } from '@open-wc/testing';
import { limitSize, MAX_STORED_BYTES } from '../../src/logs/limit-size.js';

describe('limitSize', () => {
  it('keeps values that fit as they are', () => {
    const value = { data: 'x'.repeat(1000) };
    expect(limitSize(value)).to.equal(value);
    expect(limitSize('short')).to.equal('short');
    expect(limitSize(12)).to.equal(12);
  });

  it('cuts a value over 16 KiB to its JSON start and says how large it was', () => {
    const value = { data: 'y'.repeat(40_000) };
    const result = limitSize(value) as string;
    expect(result).to.be.a('string');
    expect(result.startsWith('{"data":"yyy')).to.equal(true);
    expect(result).to.match(/\[TRUNCATED: 40011 bytes\]$/);
    expect(new TextEncoder().encode(result).length).to.be.below(MAX_STORED_BYTES + 64);
  });

  it('counts UTF-8 bytes and never splits a character', () => {
    const text = '한'.repeat(6000); // 18 000 bytes
    const result = limitSize(text) as string;
    expect(result).to.match(/\[TRUNCATED: 18000 bytes\]$/);
    expect(result).not.to.include('\uFFFD');
    expect(result.startsWith('한한한')).to.equal(true);
  });
});
