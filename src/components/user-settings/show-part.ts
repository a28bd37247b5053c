/** The elements the General tab opens; each is defined by its own module. */
export type PartTag = 'bai-ssh-keypair-dialog' | 'bai-script-editor';

interface Showable {
  show(): unknown;
}

/**
 * Opens a dialog element if its module has registered it. The page may load this element
 * without the others, so a missing one is reported instead of failing silently.
 */
export function showPart(part: Element | null): boolean {
  if (!part || !customElements.get(part.localName)) return false;
  const showable = part as Element & Partial<Showable>;
  if (typeof showable.show !== 'function') return false;
  void Promise.resolve(showable.show()).catch((error: unknown) => console.error(error));
  return true;
}
