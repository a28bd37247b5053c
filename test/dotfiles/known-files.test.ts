import { expect } from '@open-wc/testing';
import { DEFAULT_DOTFILES, dotfileChoices, languageForPath } from '../../src/dotfiles/known-files.js';

describe('known dotfiles', () => {
  it('offers the usual files first, then every other file, never hiding one', () => {
    expect(dotfileChoices(['.zshrc', 'b.conf', '.a'], ['.new'])).to.deep.equal([...DEFAULT_DOTFILES, '.a', '.new', 'b.conf']);
    expect(DEFAULT_DOTFILES).to.deep.equal(['.bashrc', '.zshrc', '.Renviron', '.tmux.conf.local', '.vimrc']);
  });

  it('picks a language per file', () => {
    expect(languageForPath('.bashrc')).to.equal('bash');
    expect(languageForPath('.zshrc')).to.equal('zsh');
    expect(languageForPath('bin/run.sh')).to.equal('sh');
    expect(languageForPath('.Renviron')).to.equal('properties');
    expect(languageForPath('.tmux.conf.local')).to.equal('tmux');
    expect(languageForPath('.vimrc')).to.equal('plain');
  });
});
