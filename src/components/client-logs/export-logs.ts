import type { ClientLogEntry } from '../../logs/client-log-entry.js';

/** The export's file name, dated so that several exports do not overwrite each other. */
export function exportFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\..*$/, '').replace(/:/g, '-');
  return `bai-client-logs-${stamp}.json`;
}

export function exportBlob(entries: readonly ClientLogEntry[]): Blob {
  return new Blob([JSON.stringify(entries, null, 2)], { type: 'application/json' });
}

/** Hands the entries to the browser as a JSON file download. */
export function downloadEntries(entries: readonly ClientLogEntry[], fileName = exportFileName()): void {
  const url = URL.createObjectURL(exportBlob(entries));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.click();
  // Revoked a little later: Firefox reads the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
