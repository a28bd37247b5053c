import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import type { ScriptLanguage } from '../dotfiles/known-files.js';

/**
 * Underlines shell syntax errors as the user types. The parser (WebAssembly, several hundred
 * KB) loads on the first check only; if it cannot load, the editor simply shows no errors.
 */
export function shellLinter(language: ScriptLanguage): Extension {
  return [
    lintGutter(),
    linter(
      async (view) => {
        const text = view.state.doc.toString();
        let errors;
        try {
          const { findShellSyntaxErrors } = await import('./shell-diagnostics.js');
          errors = await findShellSyntaxErrors(text, language);
        } catch (error) {
          console.warn('bai-user-settings: shell syntax check unavailable:', error);
          return [];
        }
        if (view.state.doc.toString() !== text) return [];
        return errors.map((error): Diagnostic => {
          const line = view.state.doc.lineAt(error.from);
          const from = Math.min(error.from, view.state.doc.length);
          const to = line.to > from ? line.to : Math.min(from + 1, view.state.doc.length);
          return { from: to > from ? from : Math.max(0, from - 1), to: Math.max(to, from), severity: 'error', message: error.message, source: 'sh' };
        });
      },
      { delay: 400 },
    ),
  ];
}
