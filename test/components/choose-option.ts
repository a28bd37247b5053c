import { getAllByRole, nameOf } from '../support/queries.js';

/**
 * Picks the option named `name` in a native select as a user's pick does: the select
 * takes the focus, its value changes, and it fires bubbling `input` and `change` events.
 */
export function chooseOption(select: HTMLElement, name: string | RegExp): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error(`<${select.localName}> is not a native select`);
  const options = getAllByRole(select, 'option', { hidden: true }) as HTMLOptionElement[];
  const option = options.find((candidate) => (typeof name === 'string' ? nameOf(candidate) === name : name.test(nameOf(candidate))));
  if (!option) throw new Error(`No option named ${String(name)}; there are ${options.map((o) => JSON.stringify(nameOf(o))).join(', ')}`);
  if (option.disabled || select.disabled) throw new Error(`The option ${String(name)} cannot be chosen now`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The names of a native select's options, in order. */
export function optionNames(select: HTMLElement): string[] {
  return getAllByRole(select, 'option', { hidden: true }).map((option) => nameOf(option));
}
