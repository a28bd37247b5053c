import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { bracketMatching, indentOnInput, indentUnit } from '@codemirror/language';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { forEachDiagnostic } from '@codemirror/lint';
import type { ScriptLanguage } from '../dotfiles/known-files.js';
import { shellLinter } from './shell-linter.js';
import { editorHighlighting, editorTheme } from './editor-theme.js';
import { languageExtension } from './languages.js';

export interface MountEditorOptions {
  /** The shadow root the editor lives in: CodeMirror puts its styles there. */
  root: ShadowRoot | Document;
  doc: string;
  language: ScriptLanguage;
  /** Called with the whole text after every change the user makes. */
  onChange: (text: string) => void;
  /** Accessible name of the editable area. */
  label: string;
}

export interface SyntaxProblem {
  /** 1-based line number. */
  line: number;
  message: string;
}

const CHECKED_LANGUAGES: readonly ScriptLanguage[] = ['bash', 'zsh', 'sh'];

export interface EditorHandle {
  getText(): string;
  /** Replaces the text as one undoable change (restoring a draft can be undone). */
  setText(text: string): void;
  /** Starts over with another document: new text, language and undo history. */
  load(doc: string, language: ScriptLanguage): void;
  /** Renames the editable area, for a language switch. */
  setLabel(label: string): void;
  /** The shell syntax errors currently underlined. */
  syntaxProblems(): SyntaxProblem[];
  focus(): void;
  destroy(): void;
  readonly view: EditorView;
}

/** CodeMirror 6 set up for shell scripts and dotfiles: line numbers, history, search, bracket matching, 2-space indent. */
export function mountEditor(parent: Element, options: MountEditorOptions): EditorHandle {
  const labelCompartment = new Compartment();
  const contentLabel = (label: string) => EditorView.contentAttributes.of({ 'aria-label': label });
  let label = options.label;
  // Set while the element itself replaces the text, so that only the user's edits are reported.
  let replacing = false;

  const extensionsFor = (language: ScriptLanguage): Extension => [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap]),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    editorTheme,
    editorHighlighting,
    languageExtension(language),
    labelCompartment.of(contentLabel(label)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged && !replacing) options.onChange(update.state.doc.toString());
    }),
    CHECKED_LANGUAGES.includes(language) ? shellLinter(language) : [],
  ];

  const view = new EditorView({
    parent,
    root: options.root,
    state: EditorState.create({ doc: options.doc, extensions: extensionsFor(options.language) }),
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      replacing = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      } finally {
        replacing = false;
      }
    },
    load(doc, language) {
      view.setState(EditorState.create({ doc, extensions: extensionsFor(language) }));
    },
    setLabel(next) {
      label = next;
      view.dispatch({ effects: labelCompartment.reconfigure(contentLabel(label)) });
    },
    syntaxProblems() {
      const problems: SyntaxProblem[] = [];
      forEachDiagnostic(view.state, (diagnostic, from) => {
        if (diagnostic.severity === 'error') problems.push({ line: view.state.doc.lineAt(from).number, message: diagnostic.message });
      });
      return problems;
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
