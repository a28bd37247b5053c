// `npm run i18n:extract`: lit-localize extract, except that a translated unit keeps the
// English <source> it was translated from. lit-localize would overwrite it with the current
// text, and then nothing could tell that the translation no longer fits; `i18n:check`
// compares the two and lists such units as stale.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT, TARGET_LOCALES, parseXliff, transUnits, writeXliff, xliffPath } from './i18n/xliff.mjs';

const translatedSources = new Map();
for (const locale of TARGET_LOCALES) {
  if (!existsSync(xliffPath(locale))) continue;
  const sources = new Map();
  for (const [id, unit] of transUnits(parseXliff(xliffPath(locale)))) {
    if (unit.translated && unit.sourceElement) sources.set(id, unit.sourceElement.cloneNode(true));
  }
  translatedSources.set(locale, sources);
}

const result = spawnSync('npx', ['lit-localize', 'extract'], { cwd: ROOT, stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

for (const [locale, sources] of translatedSources) {
  const path = xliffPath(locale);
  const doc = parseXliff(path);
  let restored = 0;
  for (const [id, unit] of transUnits(doc)) {
    const kept = sources.get(id);
    if (!kept || !unit.sourceElement) continue;
    unit.element.replaceChild(doc.importNode(kept, true), unit.sourceElement);
    restored += 1;
  }
  if (restored) writeXliff(path, doc);
}
console.log('Extracted. `npm run i18n:status` shows what is left to translate.');
