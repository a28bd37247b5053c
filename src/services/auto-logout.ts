import { BaiAutoLogoutEvent } from '../events/auto-logout-event.js';
import type { PreferencesStore } from '../preferences/preferences-store.js';
import { shouldLogOut } from './auto-logout-decision.js';
import { defaultOpenPages, type OpenPages } from './open-pages.js';
import { localStorageCloseTime, type PageCloseTime } from './page-close-time.js';

export const DEFAULT_AUTO_LOGOUT_GRACE_MS = 3000;

export interface AutoLogoutOptions {
  store: PreferencesStore;
  /** Where `bai-auto-logout` is dispatched. */
  target: EventTarget;
  /** A page that runs an app of a session (Jupyter, terminal): it neither counts as open nor logs out. */
  appPage?: boolean;
  graceMs?: number;
  now?: () => number;
  navigationType?: () => string | undefined;
  pages?: OpenPages;
  closeTime?: PageCloseTime;
  /** Where `pagehide` is heard; the page's window by default. */
  window?: EventTarget;
}

/** Stops watching; `decided` tells whether this page started a logout, once that is known. */
export type AutoLogoutWatch = (() => void) & { readonly decided: Promise<boolean> };

function currentNavigationType(): string | undefined {
  const [entry] = globalThis.performance?.getEntriesByType?.('navigation') ?? [];
  return (entry as PerformanceNavigationTiming | undefined)?.type;
}

/**
 * Watches this WebUI page for auto logout: the page is counted as open while it lives, its close
 * time is remembered, and at start `bai-auto-logout` fires on `target` when the setting is on and
 * every other WebUI page had been closed for longer than `graceMs` (a reload never logs out).
 * Returns a function that stops watching.
 */
export function watchAutoLogout(options: AutoLogoutOptions): AutoLogoutWatch {
  if (options.appPage) return Object.assign(() => undefined, { decided: Promise.resolve(false) });
  const now = options.now ?? Date.now;
  const pages = options.pages ?? defaultOpenPages();
  const closeTime = options.closeTime ?? localStorageCloseTime;
  const pageWindow = options.window ?? globalThis;
  const startedAt = now();
  const navigationType = (options.navigationType ?? currentNavigationType)();
  const lastClosedAt = closeTime.read();
  let stopped = false;
  let leave: (() => void) | undefined;

  const remember = (): void => closeTime.write(now());
  pageWindow.addEventListener('pagehide', remember);

  const decided = (async (): Promise<boolean> => {
    // Count the others before joining, so this page does not count itself; when the count
    // cannot be had, nobody is logged out by mistake.
    const otherPages = await Promise.resolve()
      .then(() => pages.countOthers())
      .catch(() => Number.POSITIVE_INFINITY);
    if (stopped) return false;
    try {
      leave = pages.join();
    } catch (error) {
      console.warn('bai-user-settings: this page cannot be counted as open for auto logout', error);
    }
    await options.store.ready;
    if (stopped) return false;
    const facts = {
      enabled: options.store.get('autoLogout'),
      navigationType,
      otherPages,
      lastClosedAt,
      startedAt,
      graceMs: options.graceMs ?? DEFAULT_AUTO_LOGOUT_GRACE_MS,
    };
    if (!shouldLogOut(facts)) return false;
    options.target.dispatchEvent(new BaiAutoLogoutEvent());
    return true;
  })();

  const stop = (): void => {
    stopped = true;
    leave?.();
    pageWindow.removeEventListener('pagehide', remember);
  };
  return Object.assign(stop, { decided });
}
