import { findAbsoluteDate } from './findDates';
import type { DateFinding } from './types';

// Wire datelines open with the place in capitals: "PORT ELLIS, Norland, May 14 (Wire) —".
const DATELINE = /^([\p{Lu}][\p{Lu} .'’-]{1,40}),([^—–:]{0,70}?)\s*(?:—|–|--|-\s|:)/u;

/** The date in a wire-style dateline at the start of the first paragraph, if any. */
export function parseDateline(paragraph: string, capturedAt: string): DateFinding | null {
  const m = DATELINE.exec(paragraph);
  if (!m?.[2]) return null;
  const hit = findAbsoluteDate(m[2], capturedAt);
  if (!hit) return null;
  return { iso: hit.iso, approximate: hit.approximate, role: 'published', how: 'dateline' };
}
