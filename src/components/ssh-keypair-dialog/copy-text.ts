/** How a copy went: the Clipboard API, the selected-text fallback, or not at all (the user copies by hand). */
export type CopyOutcome = 'clipboard' | 'fallback' | 'unavailable';

/**
 * Copies text to the clipboard. Where the Clipboard API is missing or refused (insecure
 * page, no permission), a selected off-screen textarea and `execCommand('copy')` try
 * again; the textarea is removed at once so no key text stays in the DOM.
 */
export async function copyText(text: string, root: ShadowRoot | HTMLElement): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'clipboard';
    }
  } catch {
    // Refused: fall through to the older way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;';
  root.append(area);
  try {
    area.select();
    return document.execCommand('copy') ? 'fallback' : 'unavailable';
  } catch {
    return 'unavailable';
  } finally {
    area.value = '';
    area.remove();
  }
}
