/** The localStorage key under which the upstream WebUI kept its log, one JSON array, newest first. */
export const UPSTREAM_LOG_KEY = 'backendaiwebui.logs';

export type LegacyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Whether `storage` still holds an upstream log; the importer itself loads only then. */
export function hasUpstreamLog(storage: LegacyStorage): boolean {
  try {
    return storage.getItem(UPSTREAM_LOG_KEY) !== null;
  } catch {
    // Storage access can throw (sandboxed frames, blocked cookies): nothing to import then.
    return false;
  }
}
