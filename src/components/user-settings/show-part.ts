/** The elements the General tab opens; each is registered by its own module. */
export type PartTag = 'bai-ssh-keypair-dialog' | 'bai-script-editor';

interface Showable {
  show(): unknown;
}

/**
 * Opens a dialog element, creating it in `container` on first use. The element's module
 * is not imported here, so a page can load this one without it: a missing registration
 * is reported to the caller instead of failing silently.
 */
export async function showPart(container: Element, tag: PartTag, mode?: string): Promise<boolean> {
  if (!customElements.get(tag)) return false;
  const selector = mode ? `${tag}[mode="${mode}"]` : tag;
  let part = container.querySelector(selector);
  if (!part) {
    part = document.createElement(tag);
    if (mode) part.setAttribute('mode', mode);
    container.append(part);
  }
  const showable = part as Element & Partial<Showable>;
  if (typeof showable.show !== 'function') return false;
  void Promise.resolve(showable.show()).catch((error: unknown) => console.error(error));
  return true;
}
