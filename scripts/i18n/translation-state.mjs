// Where each locale stands against the current source messages.
import { existsSync } from 'node:fs';
import { TARGET_LOCALES, readUnits, xliffPath } from './xliff.mjs';

/**
 * Per locale: `missing` ids (no target), `stale` units (translated from an English text
 * that has changed since: {id, translatedFrom, current}), and the `translated` count of
 * current messages with an up-to-date target.
 */
export function translationState(current) {
  return TARGET_LOCALES.map((locale) => {
    const units = existsSync(xliffPath(locale)) ? readUnits(locale) : new Map();
    const missing = [];
    const stale = [];
    for (const [id, source] of current) {
      const unit = units.get(id);
      if (!unit?.translated) missing.push(id);
      else if (unit.source !== source) stale.push({ id, translatedFrom: unit.source, current: source });
    }
    return { locale, total: current.size, missing, stale, translated: current.size - missing.length - stale.length };
  });
}
