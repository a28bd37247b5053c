import { getLocale } from '../localization.js';

// Building an Intl formatter is far slower than using one, and logs format thousands of rows.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, options: object, make: (locale: string) => T): T {
  const locale = getLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(key, formatter);
  }
  return formatter;
}

const DEFAULT_DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/**
 * A date and time in the current locale. Accepts a Date, epoch milliseconds or an ISO 8601
 * string (as stored in the client log); a value that is not a valid date comes back as
 * its own text instead of throwing.
 */
export function formatDateTime(
  value: Date | number | string,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_TIME,
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** A number in the current locale (digit grouping, decimal separator). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * An exact number of bytes with the unit written out in the current locale's grammar
 * (`65537` → `65,537 bytes`, `65 537 байт` in Russian), for limits that must be exact.
 */
export function formatByteCount(bytes: number): string {
  return formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/**
 * A size in bytes with the largest fitting unit, in the current locale (`65536` → `64 kB`
 * in English, `64KB` in Korean). Units step by 1024, as the manager's limits do.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  let value = Math.abs(bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  };
  return formatNumber(bytes < 0 ? -value : value, options);
}
