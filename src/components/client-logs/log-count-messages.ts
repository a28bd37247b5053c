import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.js';
import { plural } from '../../i18n/plural.js';

/** `12 of 40 entries shown`; the noun agrees with the total. */
export function shownCountMessage(shownCount: number, totalCount: number): string {
  const shown = formatNumber(shownCount);
  const total = formatNumber(totalCount);
  return plural(totalCount, {
    one: msg(str`${shown} of ${total} entry shown`, { id: 'logs.ShownCountOne' }),
    few: msg(str`${shown} of ${total} entries shown`, { id: 'logs.ShownCountFew' }),
    many: msg(str`${shown} of ${total} entries shown`, { id: 'logs.ShownCountMany' }),
    other: msg(str`${shown} of ${total} entries shown`, { id: 'logs.ShownCountOther' }),
  });
}

/** How many entries the log keeps, and whether they outlive the page. */
export function keptNoteMessage(maxEntries: number, persistent: boolean): string {
  const max = formatNumber(maxEntries);
  if (persistent) {
    return plural(maxEntries, {
      one: msg(str`Up to ${max} recent log is kept.`, { id: 'logs.KeptNoteOne' }),
      few: msg(str`Up to ${max} recent logs are kept.`, { id: 'logs.KeptNoteFew' }),
      many: msg(str`Up to ${max} recent logs are kept.`, { id: 'logs.KeptNoteMany' }),
      other: msg(str`Up to ${max} recent logs are kept.`, { id: 'logs.KeptNoteOther' }),
    });
  }
  return plural(maxEntries, {
    one: msg(str`This browser does not allow storing logs: up to ${max} recent log is kept while this page is open.`, {
      id: 'logs.KeptInMemoryOne',
    }),
    few: msg(str`This browser does not allow storing logs: up to ${max} recent logs are kept while this page is open.`, {
      id: 'logs.KeptInMemoryFew',
    }),
    many: msg(str`This browser does not allow storing logs: up to ${max} recent logs are kept while this page is open.`, {
      id: 'logs.KeptInMemoryMany',
    }),
    other: msg(str`This browser does not allow storing logs: up to ${max} recent logs are kept while this page is open.`, {
      id: 'logs.KeptInMemoryOther',
    }),
  });
}

export function exportedMessage(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`Exported ${n} log entry.`, { id: 'logs.ExportedOne' }),
    few: msg(str`Exported ${n} log entries.`, { id: 'logs.ExportedFew' }),
    many: msg(str`Exported ${n} log entries.`, { id: 'logs.ExportedMany' }),
    other: msg(str`Exported ${n} log entries.`, { id: 'logs.ExportedOther' }),
  });
}
