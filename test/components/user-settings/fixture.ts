import { fixture } from '@open-wc/testing';
import { BaiUserSettings } from '../../../src/components/user-settings/user-settings.js';
import { defineElement } from '../../../src/internal/define-element.js';
import { PreferencesStore } from '../../../src/preferences/preferences-store.js';
import { getByRole, queryByRole, type RoleQuery, type Root } from '../../support/queries.js';

defineElement('bai-user-settings', BaiUserSettings);

let count = 0;

/** A namespace no other test (in this or another test file) uses. */
export function uniqueNamespace(): string {
  count += 1;
  return `test-user-settings-${Date.now()}-${Math.random().toString(36).slice(2)}-${count}`;
}

export interface SettingsFixtureOptions {
  namespace?: string;
  attributes?: Record<string, string | boolean>;
  children?: string;
}

/** Renders `<bai-user-settings>` and waits until its preferences are loaded. */
export async function renderSettings(options: SettingsFixtureOptions = {}): Promise<BaiUserSettings> {
  const namespace = options.namespace ?? uniqueNamespace();
  const attributes = Object.entries(options.attributes ?? {})
    .map(([name, value]) => (value === true ? name : `${name}="${String(value)}"`))
    .join(' ');
  const element = await fixture<BaiUserSettings>(
    `<bai-user-settings namespace="${namespace}" ${attributes}>${options.children ?? ''}</bai-user-settings>`,
  );
  // The element re-renders once the store is ready; its callback was registered first.
  await PreferencesStore.for(namespace).ready;
  await element.updateComplete;
  return element;
}

// Polls with timers, not animation frames: a test page running beside another one in the
// same browser is a background page, where animation frames do not come.
const POLL_MS = 16;

/** Waits until `condition` holds; fails with `what` after a while. */
export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 5000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Like `findByRole`, polling with timers so that it also works in a background page. */
export async function findRole(root: Root, role: string, query: RoleQuery = {}, timeoutMs = 5000): Promise<HTMLElement> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const element = queryByRole(root, role, query);
    if (element) return element;
    if (performance.now() > deadline) return getByRole(root, role, query);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until nothing has that role and name, e.g. for a dialog to close. */
export async function waitForNoRole(root: Root, role: string, query: RoleQuery = {}): Promise<void> {
  await waitFor(() => queryByRole(root, role, query) === null, `no ${role} ${String(query.name ?? '')}`);
}

/** The switch's on/off state as a user (or screen reader) perceives it. */
export function isOn(root: Element, name: string): boolean {
  return (getByRole(root, 'switch', { name }) as HTMLInputElement).checked;
}
