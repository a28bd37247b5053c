import { EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

// Colours are CSS custom properties set by the element's styles, so one theme serves light
// and dark (prefers-color-scheme or the host's Material tokens) without rebuilding the view.
export const editorTheme = EditorView.theme({
  '&': {
    color: 'var(--bai-script-editor-text)',
    backgroundColor: 'var(--bai-script-editor-background)',
    fontSize: 'var(--bai-script-editor-font-size, 14px)',
    height: '100%',
  },
  '&.cm-focused': { outline: '2px solid var(--bai-script-editor-focus)' },
  '.cm-scroller': { fontFamily: 'var(--bai-script-editor-font-family, ui-monospace, monospace)', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--bai-script-editor-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--bai-script-editor-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bai-script-editor-gutter-background)',
    color: 'var(--bai-script-editor-gutter-text)',
    border: 'none',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--bai-script-editor-active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--bai-script-editor-selection)',
  },
  '.cm-matchingBracket': { outline: '1px solid var(--bai-script-editor-focus)' },
  '.cm-panels': { backgroundColor: 'var(--bai-script-editor-gutter-background)', color: 'var(--bai-script-editor-text)' },
});

export const editorHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.comment, tags.lineComment], color: 'var(--bai-script-editor-comment)', fontStyle: 'italic' },
    { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword], color: 'var(--bai-script-editor-keyword)' },
    { tag: [tags.string, tags.special(tags.string)], color: 'var(--bai-script-editor-string)' },
    { tag: [tags.variableName, tags.definition(tags.variableName), tags.propertyName], color: 'var(--bai-script-editor-variable)' },
    { tag: [tags.number, tags.atom, tags.bool], color: 'var(--bai-script-editor-number)' },
    { tag: [tags.standard(tags.name), tags.standard(tags.variableName)], color: 'var(--bai-script-editor-builtin)' },
    { tag: [tags.operator, tags.punctuation], color: 'var(--bai-script-editor-operator)' },
  ]),
);
