import { resolveLocale } from '../localization.js';
import { isValidPreference, type PreferenceKey, type Preferences } from './schema.js';

/** The upstream WebUI kept each user setting in localStorage under this prefix. */
export const LEGACY_PREFIX = 'backendaiwebui.settings.user.';

// Upstream names in order of preference: `language` is newer than `selected_language`.
const LEGACY_NAMES: readonly (readonly [string, PreferenceKey])[] = [
  ['desktop_notification', 'desktopNotification'],
  ['compact_sidebar', 'compactSidebar'],
  ['language', 'language'],
  ['selected_language', 'language'],
  ['automatic_update_check', 'automaticUpdateCheck'],
  ['auto_logout', 'autoLogout'],
  ['beta_feature', 'betaFeatures'],
];

function parseLegacyValue(key: PreferenceKey, raw: string): unknown {
  const text = raw.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  // Some upstream versions stored strings JSON-encoded ("\"ko\"").
  const unquoted = text.startsWith('"') ? safeJsonParse(text) : text;
  if (key === 'language' && typeof unquoted === 'string' && unquoted !== 'default') {
    // Upstream stored region tags such as `ko-KR`; an unsupported language becomes undefined.
    const primary = unquoted.split(/[-_]/)[0]?.toLowerCase() ?? '';
    return resolveLocale(primary) === primary ? primary : undefined;
  }
  return unquoted;
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads the upstream WebUI's settings from `source` (localStorage). Values that do not fit the
 * schema are skipped with one warning each; an unreadable storage yields nothing.
 */
export function readLegacyPreferences(source: Pick<Storage, 'getItem'> | null | undefined): Partial<Preferences> {
  const found: Partial<Record<PreferenceKey, unknown>> = {};
  for (const [name, key] of LEGACY_NAMES) {
    if (key in found) continue;
    let raw: string | null;
    try {
      raw = source?.getItem(LEGACY_PREFIX + name) ?? null;
    } catch {
      return found as Partial<Preferences>;
    }
    if (raw === null) continue;
    const value = parseLegacyValue(key, raw);
    if (isValidPreference(key, value)) found[key] = value;
    else console.warn(`bai-user-settings: ignoring the old setting ${LEGACY_PREFIX}${name}=${JSON.stringify(raw)}: not a valid ${key}`);
  }
  return found as Partial<Preferences>;
}

export function defaultLegacySource(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
