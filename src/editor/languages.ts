import { StreamLanguage, type LanguageSupport, type StreamParser } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { shell } from '@codemirror/legacy-modes/mode/shell';
import { properties } from '@codemirror/legacy-modes/mode/properties';
import type { ScriptLanguage } from '../dotfiles/known-files.js';

const shellLanguage = StreamLanguage.define(shell as StreamParser<unknown>);
const propertiesLanguage = StreamLanguage.define(properties as StreamParser<unknown>);

/** Highlighting for a script: shell for shell-like files (tmux's config reads the same way), properties for .Renviron. */
export function languageExtension(language: ScriptLanguage): Extension | LanguageSupport {
  switch (language) {
    case 'bash':
    case 'zsh':
    case 'sh':
    case 'tmux':
      return shellLanguage;
    case 'properties':
      return propertiesLanguage;
    default:
      return [];
  }
}
