// The upstream WebUI's log design, as the baseline: one JSON array in localStorage, newest
// first, read, extended and written back whole on every append, capped at 3000 entries.
const KEY = 'backendaiwebui.logs';
const CAP = 3000;

export function appendUpstream(entry) {
  const logs = JSON.parse(localStorage.getItem(KEY) ?? '[]');
  logs.unshift({ ...entry, timestamp: new Date().toISOString() });
  if (logs.length > CAP) logs.length = CAP;
  localStorage.setItem(KEY, JSON.stringify(logs));
}
