import { expect } from '@open-wc/testing';
import { checkDotfilePath, RESERVED_DOTFILE_PATHS } from '../../src/dotfiles/path-rules.js';

describe('checkDotfilePath', () => {
  it('accepts relative paths in the home folder', () => {
    for (const path of ['.bashrc', '.config-local/app.conf', 'bin/tool.sh', './.inputrc', '.ssh_config_extra']) {
      expect(checkDotfilePath(path), path).to.equal(null);
    }
  });

  it('refuses empty, absolute and parent paths', () => {
    expect(checkDotfilePath('')).to.equal('empty');
    expect(checkDotfilePath('./')).to.equal('empty');
    expect(checkDotfilePath('/etc/profile')).to.equal('absolute');
    expect(checkDotfilePath('~/.bashrc')).to.equal('absolute');
    expect(checkDotfilePath('../x')).to.equal('parent');
    expect(checkDotfilePath('a/../../x')).to.equal('parent');
  });

  it("refuses the manager's reserved paths and anything inside them", () => {
    expect(RESERVED_DOTFILE_PATHS).to.include.members(['.ssh', '.ssh/authorized_keys', '.jupyter', '.terminfo', '.local', '.config']);
    for (const path of RESERVED_DOTFILE_PATHS) expect(checkDotfilePath(path), path).to.equal('reserved');
    expect(checkDotfilePath('.ssh/config')).to.equal('reserved');
    expect(checkDotfilePath('./.jupyter')).to.equal('reserved');
  });

  it('refuses surrounding spaces and control characters', () => {
    expect(checkDotfilePath(' .bashrc')).to.equal('whitespace');
    expect(checkDotfilePath('.bash\nrc')).to.equal('control');
  });
});
