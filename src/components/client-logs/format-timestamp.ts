const formatters = new Map<string, Intl.DateTimeFormat>();

/** The entry's time as the current locale writes a date and time; the raw text if it is not a date. */
export function formatTimestamp(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
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
