/** What the update check remembers between pages: when it last ran and how many runs failed in a row. */
export interface UpdateCheckState {
  lastCheck: number;
  failures: number;
}

const PREFIX = 'bai-user-settings:update-check:';
const EMPTY: UpdateCheckState = { lastCheck: 0, failures: 0 };
// Where localStorage is unusable the state lasts as long as the page.
const inMemory = new Map<string, UpdateCheckState>();

function isState(value: unknown): value is UpdateCheckState {
  const state = value as UpdateCheckState | null;
  return typeof state?.lastCheck === 'number' && Number.isFinite(state.lastCheck) && Number.isInteger(state.failures) && state.failures >= 0;
}

export function readUpdateCheckState(manifestUrl: string): UpdateCheckState {
  try {
    const raw = globalThis.localStorage.getItem(PREFIX + manifestUrl);
    const parsed: unknown = raw === null ? EMPTY : JSON.parse(raw);
    return isState(parsed) ? parsed : EMPTY;
  } catch {
    return inMemory.get(manifestUrl) ?? EMPTY;
  }
}

export function writeUpdateCheckState(manifestUrl: string, state: UpdateCheckState): void {
  try {
    globalThis.localStorage.setItem(PREFIX + manifestUrl, JSON.stringify(state));
  } catch {
    inMemory.set(manifestUrl, state);
  }
}
