const formatters = new Map<string, Intl.DateTimeFormat>();

// The shown time stops at the second, and requests come in bursts (a page load sends dozens
// within one second): texts are kept per locale and second of a stored (UTC ISO) timestamp.
const STORED_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const MAX_REMEMBERED_SECONDS = 4096;
const bySecond = new Map<string, string>();

function format(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** The entry's time as the current locale writes a date and time; the raw text if it is not a date. */
export function formatTimestamp(iso: string, locale: string): string {
  if (!STORED_ISO.test(iso)) return format(iso, locale);
  const key = `${locale}|${iso.slice(0, 19)}`;
  let text = bySecond.get(key);
  if (text === undefined) {
    text = format(iso, locale);
    if (bySecond.size >= MAX_REMEMBERED_SECONDS) bySecond.clear();
    bySecond.set(key, text);
  }
  return text;
}

// Searching compares the shown time of every entry on each keystroke: format each once per locale.
const shownTimes = new WeakMap<object, { locale: string; text: string }>();

/** formatTimestamp for a stored entry, remembered per entry and locale. */
export function entryTime(entry: { timestamp: string }, locale: string): string {
  const known = shownTimes.get(entry);
  if (known?.locale === locale) return known.text;
  const text = formatTimestamp(entry.timestamp, locale);
  shownTimes.set(entry, { locale, text });
  return text;
}
