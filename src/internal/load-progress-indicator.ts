/**
 * Starts loading the Material spinner. Only an open dialog shows one, so its code stays
 * out of the bundle a page loads up front; until it arrives, the text beside it says the same.
 */
export function loadProgressIndicator(): void {
  void import('@material/web/progress/circular-progress.js');
}
