/** Registers an element unless the page already has one of that name (the bundle may load twice). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
