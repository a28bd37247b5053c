// `npm run i18n:status`: translated/total per locale against the messages in the source.
// `--check` (run by `npm run i18n:check`, part of `npm test`): fails when a locale misses a
// message or holds a translation of an English text that has changed since (stale).
import { currentMessages } from './i18n/current-messages.mjs';
import { translationState } from './i18n/translation-state.mjs';

const check = process.argv.includes('--check');
const states = translationState(currentMessages());

const rows = [
  ['locale', 'translated', 'total', 'missing', 'stale', 'done'],
  ...states.map(({ locale, translated, total, missing, stale }) => [
    locale,
    String(translated),
    String(total),
    String(missing.length),
    String(stale.length),
    `${total ? Math.floor((translated / total) * 100) : 100}%`,
  ]),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) {
  console.log(row.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  '));
}

if (check) {
  let failed = false;
  for (const { locale, missing, stale } of states) {
    if (missing.length) {
      failed = true;
      console.error(`\n${locale}: ${missing.length} message(s) without a translation:`);
      for (const id of missing) console.error(`  ${id}`);
    }
    if (stale.length) {
      failed = true;
      console.error(`\n${locale}: ${stale.length} translation(s) of an English text that has changed since:`);
      for (const { id, translatedFrom, current } of stale) {
        console.error(`  ${id}\n    translated from: ${translatedFrom}\n    now:             ${current}`);
      }
    }
  }
  if (failed) {
    console.error(
      '\nTranslate the messages above in xliff/<locale>.xlf (`npm run i18n:extract` adds new ones). ' +
        'For a stale one, update the <target> and copy the current English text into its <source>.',
    );
    process.exit(1);
  }
}
