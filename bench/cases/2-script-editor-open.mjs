// (b) Opening the script editor: the first open loads CodeMirror (a lazy chunk), asks the
// host for the dotfiles and mounts the editor; a second open has the chunk already.
const BASHRC = '# ~/.bashrc\nexport PATH="$HOME/.local/bin:$PATH"\nalias ll="ls -alF"\n';

export default {
  id: 'script-editor-open',
  title: 'open <bai-script-editor>',
  requires: { elements: ['bai-script-editor'] },
  metrics: [
    { key: 'first', label: 'show() → "Script" textbox (lazy load + mount)' },
    { key: 'again', label: 'show() again → "Script" textbox' },
  ],

  async run({ newPage, origin }) {
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/bundle.html`);
    return page.evaluate(async (bashrc) => {
      const { answerRequests, findRole, nextFrame, waitFor } = await import('/bench/pages/helpers.js');
      answerRequests({
        'bai-dotfiles-fetch': () => [{ path: '.bashrc', permission: '644', data: bashrc }],
        'bai-bootstrap-script-fetch': () => '',
      });
      const editor = document.createElement('bai-script-editor');
      editor.setAttribute('mode', 'dotfiles');
      document.body.append(editor);
      await editor.updateComplete;
      await nextFrame();

      const open = async () => {
        const start = performance.now();
        editor.show();
        const { at } = await waitFor(() => findRole('textbox', 'Script'), 'the "Script" textbox');
        return at - start;
      };
      const first = await open();
      if (!(await editor.close())) throw new Error('the editor did not close');
      await waitFor(() => !findRole('textbox', 'Script'), 'the editor to close');
      const again = await open();
      return { first, again };
    }, BASHRC);
  },
};
