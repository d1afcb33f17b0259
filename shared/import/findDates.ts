import { captureMs, isoDay, isoInstant } from './calendar';
import { MONTH_PATTERN, monthByName } from './monthNames';
import { findRelativeDate } from './relativeDate';
import type { DateFinding } from './types';

const M = `(${MONTH_PATTERN})\\.?`;
// \b only knows ASCII letters; these boundaries work for Cyrillic, Greek and Arabic too.
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const TIME = String.raw`(?:[,\s]+(?:at|um|à|a las|-|–)?\s*(\d{1,2})[:.h](\d{2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?\s*(UTC|GMT|CEST|CET|BST|EDT|EST|CDT|CST|MDT|MST|PDT|PST|Z|[+-]\d{2}:?\d{2})?)?`;
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 60,
  CET: 60,
  CEST: 120,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

interface Shape {
  re: RegExp;
  parts: (m: RegExpExecArray) => { y: number; mo: number; d: number; t: number } | null;
  yearless?: boolean;
}

const month = (s: string | undefined): number => monthByName.get((s ?? '').toLowerCase()) ?? 0;
const SHAPES: Shape[] = [
  {
    re: new RegExp(
      String.raw`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?`,
      'iu',
    ),
    parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, t: -1 }),
  },
  {
    re: new RegExp(String.raw`${B}${M}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${E}${TIME}`, 'iu'),
    parts: (m) => ({ y: +m[3]!, mo: month(m[1]), d: +m[2]!, t: 4 }),
  },
  {
    re: new RegExp(
      String.raw`${B}(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?${M},?\s+(?:de\s+)?(\d{4})(?:\s?(?:г\.|р\.|года|року))?${E}${TIME}`,
      'iu',
    ),
    parts: (m) => ({ y: +m[3]!, mo: month(m[2]), d: +m[1]!, t: 4 }),
  },
  {
    // Chinese, Japanese and Korean: 2025年4月10日, 2025년 3월 14일, with an optional time.
    re: new RegExp(
      String.raw`(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일](?:\s?\([^)]{1,3}\))?(?:\s{0,3}(\d{1,2}):(\d{2}))?`,
      'u',
    ),
    parts: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]!, t: -3 }),
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b${TIME}`, 'u'),
    parts: (m) => ({ y: +m[3]!, mo: +m[2]!, d: +m[1]!, t: 4 }),
  },
  {
    re: new RegExp(String.raw`\b(\d{1,2})/(\d{1,2})/(\d{4})\b${TIME}`, 'u'),
    // Slash dates are month-first unless the first number cannot be a month.
    parts: (m) =>
      +m[1]! > 12 ? { y: +m[3]!, mo: +m[2]!, d: +m[1]!, t: 4 } : { y: +m[3]!, mo: +m[1]!, d: +m[2]!, t: 4 },
  },
  {
    re: new RegExp(String.raw`${B}${M}\s+(\d{1,2})(?:st|nd|rd|th)?${E}(?![,.]?\s*\d)`, 'iu'),
    parts: (m) => ({ y: 0, mo: month(m[1]), d: +m[2]!, t: -2 }),
    yearless: true,
  },
  {
    re: new RegExp(String.raw`${B}(\d{1,2})(?:er|\.)?\s+${M}${E}(?![,.]?\s*\d)`, 'iu'),
    parts: (m) => ({ y: 0, mo: month(m[2]), d: +m[1]!, t: -2 }),
    yearless: true,
  },
];

interface Hit extends Omit<DateFinding, 'role' | 'how'> {
  index: number;
  length: number;
}

function isoDateTime(m: RegExpExecArray, day: string): string {
  const [hh, mm, sec, zone] = [m[4], m[5], m[6], m[7]];
  if (hh === undefined || mm === undefined) return day;
  const local = `${day}T${hh}:${mm}:${sec ?? '00'}`;
  if (!zone) return local;
  return isoInstant(
    Date.parse(`${local}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`),
  );
}

function withClock(m: RegExpExecArray, at: number, day: string): string {
  const [h, min, ampm, zone] = [m[at], m[at + 1], m[at + 2], m[at + 3]];
  if (h === undefined || min === undefined || !zone) return day;
  let hour = Number(h) % (ampm ? 12 : 24);
  if (ampm && /p/i.test(ampm)) hour += 12;
  const offset = ZONES[zone.toUpperCase()] ?? offsetMinutes(zone);
  const utc = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + Number(min) - offset) * 60_000;
  return isoInstant(utc);
}

function offsetMinutes(zone: string): number {
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return z ? (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) : 0;
}

/** The first absolute date in a line ("3 June 2025", "June 3, 2025 4:15 p.m. EDT", "2025-06-03"). */
export function findAbsoluteDate(raw: string, capturedAt: string): Hit | null {
  // Arabic-Indic and Persian digits read as ASCII ones (one for one, so offsets stay put).
  const text = raw.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  let best: Hit | null = null;
  for (const shape of SHAPES) {
    const m = shape.re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const p = shape.parts(m);
    if (!p) continue;
    let year = p.y;
    if (shape.yearless) {
      // A date without a year is the latest such day not after the capture.
      const now = captureMs(capturedAt);
      year = new Date(now).getUTCFullYear();
      const guess = isoDay(year, p.mo, p.d);
      if (guess && Date.parse(guess) > now + 86_400_000) year -= 1;
    }
    const day = isoDay(year, p.mo, p.d);
    if (!day) continue;
    const local = p.t === -3 && m[4] !== undefined ? `${day}T${m[4].padStart(2, '0')}:${m[5]}:00` : day;
    const iso = p.t === -1 ? isoDateTime(m, day) : p.t > 0 ? withClock(m, p.t, day) : local;
    best = { iso, approximate: Boolean(shape.yearless), index: m.index, length: m[0].length };
  }
  return best;
}

// Labels of an update in the languages we read; a plain substring test (\b is ASCII-only).
const MODIFIED =
  /(updated?|last (?:updated?|modified)|modified|edited|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|обновлено|обновлён|оновлено|zaktualizowano|aktualizacja|güncellendi|更新|수정|업데이트|עודכן|تحديث|آخر تحديث)/iu;

export interface DateSpan extends DateFinding {
  start: number;
  end: number;
}

/** Every date on a short line, tagged published or modified by the label before it. */
export function findDates(text: string, capturedAt: string): DateSpan[] {
  const found: DateSpan[] = [];
  let rest = text;
  let consumed = 0;
  for (let guard = 0; guard < 4 && rest; guard += 1) {
    const abs = findAbsoluteDate(rest, capturedAt);
    const rel = findRelativeDate(rest, capturedAt);
    const useAbs = abs !== null && (rel === null || abs.index <= rel.index);
    const hit = useAbs ? abs : rel ? { ...rel, approximate: true } : null;
    if (!hit) break;
    const label = rest.slice(0, hit.index);
    const role = MODIFIED.test(label) ? 'modified' : 'published';
    const start = consumed + hit.index;
    const how = useAbs ? 'visible date' : 'relative date';
    found.push({ iso: hit.iso, approximate: hit.approximate, role, how, start, end: start + hit.length });
    consumed += hit.index + hit.length;
    rest = text.slice(consumed);
  }
  return found;
}
