// Kept apart from translator-mode.ts so the localization runtime can read the flag
// without importing the module that imports it.
let enabled = false;

export function isTranslatorMode(): boolean {
  return enabled;
}

/** Returns whether the flag changed. */
export function updateTranslatorMode(on: boolean): boolean {
  if (enabled === on) return false;
  enabled = on;
  return true;
}
