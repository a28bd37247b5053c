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
