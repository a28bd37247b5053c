/** Registers an element unless the page already has one of that name (the bundle may load twice). */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

const pending = new Map<string, Promise<boolean>>();

/**
 * Registers elements from a module that loads after this call, so their code stays out of
 * the first download. `load` imports the module that registers `names`.
 */
export function defineLater(names: readonly string[], load: () => Promise<unknown>): void {
  const loaded = load().then(
    () => true,
    (error: unknown) => {
      console.error(error);
      return false;
    },
  );
  for (const name of names) pending.set(name, loaded.then(() => customElements.get(name) !== undefined));
}

/** Resolves whether `name` is registered, after waiting for a registration under way. */
export function whenRegistered(name: string): Promise<boolean> {
  if (customElements.get(name)) return Promise.resolve(true);
  return pending.get(name) ?? Promise.resolve(false);
}
