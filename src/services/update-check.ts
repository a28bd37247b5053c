import { msg, str } from '@lit/localize';
import { BaiUpdateAvailableEvent } from '../events/update-available-event.js';
import type { PreferencesStore } from '../preferences/preferences-store.js';
import { compareVersions } from './compare-versions.js';
import { notify } from './desktop-notification.js';
import { readUpdateCheckState, writeUpdateCheckState } from './update-check-state.js';

export { compareVersions };

export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Failed checks in a row after which the setting turns itself off (sites without Internet access). */
export const MAX_UPDATE_CHECK_FAILURES = 3;

export interface UpdateCheckOptions {
  /** URL of the version manifest, `{package, build, revision}`, optionally with a `url` to the release. */
  manifestUrl: string;
  currentVersion: string;
  store: PreferencesStore;
  /** Where `bai-update-available` and `bai-notification` are dispatched. */
  target: EventTarget;
  fetch?: typeof fetch;
  now?: () => number;
  /** Check even when the setting is off or the last check was less than a day ago. */
  force?: boolean;
}

export interface UpdateCheckResult {
  status: 'newer' | 'current' | 'skipped' | 'failed';
  version?: string;
}

interface Manifest {
  version: string;
  url: string;
}

async function fetchManifest(manifestUrl: string, fetchFn: typeof fetch): Promise<Manifest | undefined> {
  try {
    const response = await fetchFn(manifestUrl, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { package?: unknown; url?: unknown } | null;
    const version = body?.package;
    if (typeof version !== 'string' || !/\d/.test(version)) return undefined;
    const url = typeof body?.url === 'string' ? new URL(body.url, new URL(manifestUrl, globalThis.location?.href)).href : manifestUrl;
    return { version: version.trim(), url };
  } catch {
    // Offline, a refused connection, a bad body: all are one failed check.
    return undefined;
  }
}

/**
 * Looks for a newer WebUI version, at most once a day while `automaticUpdateCheck` is on. A newer
 * one is announced by `bai-update-available` and a notification; three failures in a row turn the
 * setting off with a warning. Never throws.
 */
export async function checkForUpdate(options: UpdateCheckOptions): Promise<UpdateCheckResult> {
  const { manifestUrl, currentVersion, store, target, force = false } = options;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? Date.now;
  await store.ready;
  if (!manifestUrl || !currentVersion) return { status: 'skipped' };
  if (!force && !store.get('automaticUpdateCheck')) return { status: 'skipped' };

  const state = readUpdateCheckState(manifestUrl);
  const startedAt = now();
  const sinceLast = startedAt - state.lastCheck;
  // A clock set back (sinceLast < 0) must not stop checks for the time it was set back.
  if (!force && sinceLast >= 0 && sinceLast < UPDATE_CHECK_INTERVAL_MS) return { status: 'skipped' };

  // Claimed before fetching, so other elements and tabs starting now do not fetch as well.
  writeUpdateCheckState(manifestUrl, { ...state, lastCheck: startedAt });
  const manifest = await fetchManifest(manifestUrl, fetchFn);
  if (!manifest) {
    const failures = state.failures + 1;
    const givingUp = failures >= MAX_UPDATE_CHECK_FAILURES;
    writeUpdateCheckState(manifestUrl, { lastCheck: startedAt, failures: givingUp ? 0 : failures });
    if (givingUp) {
      await store.set('automaticUpdateCheck', false);
      notify(
        target,
        msg('Automatic update check is now off: the update server could not be reached three times in a row.', {
          id: 'update.CheckTurnedOff',
        }),
        'warning',
        store,
      );
    }
    return { status: 'failed' };
  }

  writeUpdateCheckState(manifestUrl, { lastCheck: startedAt, failures: 0 });
  if (compareVersions(manifest.version, currentVersion) <= 0) return { status: 'current', version: manifest.version };
  target.dispatchEvent(new BaiUpdateAvailableEvent({ version: manifest.version, url: manifest.url }));
  notify(target, msg(str`Backend.AI WebUI ${manifest.version} is available.`, { id: 'update.NewVersionAvailable' }), 'info', store);
  return { status: 'newer', version: manifest.version };
}
