import { expect } from '@open-wc/testing';
import { canCreateDotfile, checkScriptSize, MAX_DOTFILES, MAX_SCRIPT_BYTES, utf8ByteLength } from '../../src/dotfiles/limits.js';

describe('script limits', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('abc')).to.equal(3);
    expect(utf8ByteLength('é')).to.equal(2);
    expect(utf8ByteLength('한')).to.equal(3);
    expect(utf8ByteLength('😀')).to.equal(4);
  });

  it('allows exactly 64 KiB and refuses one byte more', () => {
    expect(MAX_SCRIPT_BYTES).to.equal(65_536);
    expect(checkScriptSize('a'.repeat(65_536))).to.deep.equal({ ok: true, bytes: 65_536 });
    expect(checkScriptSize('a'.repeat(65_537))).to.deep.equal({ ok: false, bytes: 65_537, limit: 65_536 });
    expect(checkScriptSize('é'.repeat(32_768)).ok).to.equal(true);
    expect(checkScriptSize(`${'é'.repeat(32_768)}a`).ok).to.equal(false);
  });

  it('allows a new dotfile only below 100 files', () => {
    expect(MAX_DOTFILES).to.equal(100);
    expect(canCreateDotfile(99)).to.equal(true);
    expect(canCreateDotfile(100)).to.equal(false);
  });
});
