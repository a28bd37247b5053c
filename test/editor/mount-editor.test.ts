import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { getByRole } from '../support/queries.js';
import { mountEditor, type EditorHandle } from '../../src/editor/mount-editor.js';

async function until(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// Focus as a user does, by clicking into the text, so the page's window gets the keyboard.
async function focusEditor(box: HTMLElement): Promise<void> {
  const rect = box.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + 40), Math.round(rect.top + 8)] });
  await until(() => box.getRootNode() instanceof ShadowRoot && (box.getRootNode() as ShadowRoot).activeElement === box, 'focus in the editor');
}

describe('mountEditor', () => {
  let host: HTMLElement;
  let root: ShadowRoot;
  let handle: EditorHandle | undefined;
  let changes: string[];

  function mount(doc: string, language: Parameters<typeof mountEditor>[1]['language']): HTMLElement {
    changes = [];
    handle = mountEditor(root.querySelector('div')!, { root, doc, language, label: 'Script', onChange: (text) => changes.push(text) });
    return getByRole(host, 'textbox', { name: 'Script' });
  }

  beforeEach(() => {
    host = document.createElement('div');
    root = host.attachShadow({ mode: 'open' });
    root.append(document.createElement('div'));
    document.body.append(host);
  });

  afterEach(() => {
    handle?.destroy();
    handle = undefined;
    host.remove();
  });

  it('renders inside the shadow root with its styles there, line numbers and the name "Script"', () => {
    const box = mount('echo one\necho two', 'bash');
    expect(box.getRootNode()).to.equal(root);
    expect(box.getAttribute('aria-label')).to.equal('Script');
    expect([...root.querySelectorAll('.cm-lineNumbers .cm-gutterElement')].map((element) => element.textContent)).to.include.members(['1', '2']);
    expect(root.adoptedStyleSheets.length + root.querySelectorAll('style').length).to.be.greaterThan(0);
    expect(root.querySelector('.cm-line .tok-keyword, .cm-line span[class]')).to.not.equal(null);
  });

  it('reports what the user types, indents by two spaces, keeps indentation on Enter, and undoes', async () => {
    const box = mount('', 'bash');
    await focusEditor(box);
    await sendKeys({ type: 'x' });
    // CodeMirror reads typed text from DOM mutations; let it see the x before the next command.
    await until(() => handle!.getText() === 'x', 'the typed x');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: ']' });
    await sendKeys({ up: 'Control' });
    expect(handle!.getText()).to.equal('  x');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'y' });
    await until(() => changes.at(-1) === '  x\n  y', 'the second line');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(handle!.getText()).to.not.equal('  x\n  y');
  });

  it('setText is one undoable change and is not reported as typing; load starts a fresh history', () => {
    mount('a', 'plain');
    handle!.setText('b');
    expect(handle!.getText()).to.equal('b');
    expect(changes).to.deep.equal([]);
    handle!.load('c', 'properties');
    expect(handle!.getText()).to.equal('c');
  });

  it('underlines shell syntax errors as the user types, and clears them once fixed', async () => {
    const box = mount('', 'bash');
    await focusEditor(box);
    await sendKeys({ type: 'if [ -f x ]; then\necho "unclosed\n' });
    await until(() => handle!.syntaxProblems().length > 0, 'a syntax error');
    expect(handle!.syntaxProblems()[0]!.message).to.match(/not closed|must end|reached EOF|unclosed|quote/i);
    await until(() => root.querySelector('.cm-lintRange-error') !== null, 'the underline');

    handle!.load('echo fine\n', 'bash');
    await until(() => root.querySelector('.cm-lintRange-error') === null, 'no underline');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(handle!.syntaxProblems()).to.deep.equal([]);
  });

  it('does not check files that are not shell scripts', async () => {
    mount('key = "unclosed', 'properties');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(handle!.syntaxProblems()).to.deep.equal([]);
  });
});
