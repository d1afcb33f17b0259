const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A short human date. Date-only values are read as calendar days (UTC) so that
 * "2024-03-01" never shows as 29 February west of Greenwich.
 */
export function formatDate(value: string | null, locale?: string): string {
  if (!value) return '';
  const isDateOnly = DATE_ONLY.test(value);
  const date = new Date(isDateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(isDateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** "1,234 words"; singular for one. */
export function formatWordCount(count: number, locale?: string): string {
  return `${count.toLocaleString(locale)} ${count === 1 ? 'word' : 'words'}`;
}
