import { msg, str } from '@lit/localize';
import type { DotfilePathProblem } from '../../dotfiles/path-rules.js';

/** The sentence that tells the user why a dotfile path cannot be used. */
export function pathProblemMessage(problem: DotfilePathProblem, path: string): string {
  switch (problem) {
    case 'empty':
      return msg('Enter a file name.', { id: 'scriptEditor.PathEmpty' });
    case 'whitespace':
      return msg('A file name cannot start or end with a space.', { id: 'scriptEditor.PathWhitespace' });
    case 'control':
      return msg('A file name cannot contain control characters.', { id: 'scriptEditor.PathControl' });
    case 'absolute':
      return msg('Use a path relative to your home folder, without a leading / or ~.', { id: 'scriptEditor.PathAbsolute' });
    case 'parent':
      return msg('A path cannot contain "..": config files stay inside your home folder.', { id: 'scriptEditor.PathParent' });
    case 'reserved':
      return msg(str`${path} is reserved for the system and cannot be a config file.`, { id: 'scriptEditor.PathReserved' });
  }
}
