import { calendarDayOf } from '../../shared/import/calendar';

/**
 * A short human date: the calendar day the value names as the page wrote it (calendarDayOf), so
 * "2024-03-01" never shows as 29 February west of Greenwich and a Tokyo morning stays that day.
 */
export function formatDate(value: string | null, locale?: string): string {
  if (!value) return '';
  const day = calendarDayOf(value);
  const date = new Date(day ? `${day}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime()) || (day && Number.isNaN(Date.parse(value)))) return value;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "1,234 words"; singular for one. */
export function formatWordCount(count: number, locale?: string): string {
  return `${count.toLocaleString(locale)} ${count === 1 ? 'word' : 'words'}`;
}
