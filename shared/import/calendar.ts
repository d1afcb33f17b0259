/** "YYYY-MM-DD" when the parts form a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** UTC instant as ISO 8601 without milliseconds. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The UTC calendar day of an instant. */
export function isoDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Milliseconds of a capture time; throws on nonsense so callers never resolve against NaN. */
export function captureMs(capturedAt: string): number {
  const ms = Date.parse(capturedAt);
  if (Number.isNaN(ms)) throw new Error(`capturedAt is not a date: ${capturedAt}`);
  return ms;
}

const WRITTEN_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

/**
 * The calendar day a stored date names, as the page wrote it: a date alone, a local time, or a
 * time with the page's own offset ("2025-03-14T05:00:00+09:00" is 14 March, though it is the 13th
 * in UTC). Display, timeline and packet all ask this, so the day never shifts with the reader's zone.
 */
export function calendarDayOf(value: string | null | undefined): string | null {
  const m = WRITTEN_DAY.exec(value ?? '');
  return m ? m[1]! : null;
}
