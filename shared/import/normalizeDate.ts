import { isoDay, isoInstant } from './calendar';
import { findAbsoluteDate } from './findDates';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A metadata date as ISO 8601: dates stay dates, zoned times keep the page's own offset (so its
 * calendar day stays the page's, see calendarDayOf), unzoned times stay local
 * ("2025-06-03T10:00:00"). Null when it is not a date.
 */
export function normalizeDate(value: string | null | undefined, capturedAt: string): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const compact = COMPACT.exec(text);
  if (compact) return isoDay(+compact[1]!, +compact[2]!, +compact[3]!);
  const m = ISO.exec(text);
  if (m) {
    const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (!day || m[4] === undefined) return day;
    const local = `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
    if (!m[7]) return local;
    const zone = m[7].toUpperCase() === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return Number.isNaN(Date.parse(local + zone)) ? day : local + zone;
  }
  const visible = findAbsoluteDate(text, capturedAt);
  if (visible && !visible.approximate) return visible.iso;
  // RFC 2822 and similar machine formats that only the Date parser knows.
  if (/\d{4}/.test(text) && /\d{1,2}:\d{2}/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return isoInstant(ms);
  }
  return null;
}
