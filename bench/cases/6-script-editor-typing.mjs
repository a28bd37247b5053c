// (e) Typing into a 64 KiB dotfile: from each keydown to the frame after it, which is when
// the character can be on screen. Typing at the start makes the shell highlighter re-read
// the most text.
const TYPED = 'export BENCH_VALUE=typed-into-a-64k-file';
const LIMIT = 64 * 1024;

function bigBashrc() {
  const lines = [];
  let size = 0;
  for (let index = 0; size < LIMIT - 256; index += 1) {
    const line = index % 4 === 0
      ? `# section ${index}: settings for tool ${index}`
      : index % 4 === 1
        ? `export TOOL_${index}_HOME="$HOME/.local/share/tool-${index}"`
        : index % 4 === 2
          ? `if [ -d "$TOOL_${index - 1}_HOME/bin" ]; then PATH="$TOOL_${index - 1}_HOME/bin:$PATH"; fi`
          : `alias t${index}='tool-${index} --color=auto "$@"'`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

export default {
  id: 'script-editor-typing',
  title: '<bai-script-editor>, 64 KiB file',
  requires: { elements: ['bai-script-editor'] },
  metrics: [
    { key: 'median', label: `keydown → next frame, median of ${TYPED.length} keys` },
    { key: 'slowest', label: 'keydown → next frame, slowest key' },
  ],

  async run({ newPage, origin }) {
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/bundle.html`);
    const textbox = await page.evaluateHandle(async (data) => {
      const { afterNextPaint, answerRequests, findRole, waitFor } = await import('/bench/pages/helpers.js');
      answerRequests({ 'bai-dotfiles-fetch': () => [{ path: '.bashrc', permission: '644', data }] });
      const editor = document.createElement('bai-script-editor');
      editor.setAttribute('mode', 'dotfiles');
      document.body.append(editor);
      editor.show();
      const { value } = await waitFor(() => findRole('textbox', 'Script'), 'the "Script" textbox');
      window.benchLatencies = [];
      document.addEventListener('keydown', (event) => {
        void afterNextPaint().then(() => window.benchLatencies.push(performance.now() - event.timeStamp));
      }, { capture: true });
      return value;
    }, bigBashrc());
    await textbox.focus();
    await page.keyboard.type(TYPED, { delay: 40 });
    const latencies = await page.evaluate(async (count) => {
      const { waitFor } = await import('/bench/pages/helpers.js');
      await waitFor(() => window.benchLatencies.length >= count, 'every keystroke to be painted');
      return window.benchLatencies;
    }, TYPED.length);
    const typed = await textbox.evaluate((element) => element.textContent);
    if (!typed.includes(TYPED)) throw new Error('the typed text did not reach the editor');
    const sorted = [...latencies].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], slowest: sorted[sorted.length - 1] };
  },
};
