import { captureMs, isoDayOf, isoInstant } from './calendar';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
};

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (/^(sec|seg|sek|min)/.test(w)) return 'minute';
  if (/^(h|std|stunde|heure|hora)/.test(w)) return 'hour';
  if (/^(day|tag|jour|día|dia)/.test(w)) return 'day';
  if (/^(week|wk|woche|semaine|semana)/.test(w)) return 'week';
  if (/^(month|mo|monat|mois|mes)/.test(w)) return 'month';
  if (/^(year|yr|jahr|an|année|año)/.test(w)) return 'year';
  return null;
}

const COUNT =
  '(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eine[rm]?|ein|zwei|drei|une?|deux|trois|una?|uno|dos|tres)';
const RELATIVE = new RegExp(
  [
    `\\b${COUNT}\\s+(secs?|seconds?|mins?|minutes?|hrs?|hours?|h|days?|weeks?|wks?|months?|mos?|years?|yrs?)\\s+ago\\b`,
    `\\bvor\\s+${COUNT}\\s+(sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\\b`,
    `\\bil y a\\s+${COUNT}\\s+(secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)\\b`,
    `\\bhace\\s+${COUNT}\\s+(segundos?|minutos?|horas?|días?|semanas?|meses?|años?)\\b`,
  ].join('|'),
  'iu',
);
const DAY_WORDS =
  /\b(just now|moments ago|earlier today|today|yesterday|heute|gestern|aujourd'hui|hoy|ayer)\b/iu;

export interface RelativeHit {
  iso: string;
  index: number;
  length: number;
}

/** Resolves "3 days ago", "vor 2 Stunden", "yesterday" against the capture time. */
export function findRelativeDate(text: string, capturedAt: string): RelativeHit | null {
  const now = captureMs(capturedAt);
  const m = RELATIVE.exec(text);
  if (m) {
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const [countWord = '', unitWord = ''] = groups;
    const count = /^\d+$/.test(countWord) ? Number(countWord) : (NUMBER_WORDS[countWord.toLowerCase()] ?? 1);
    const unit = unitOf(unitWord);
    if (!unit) return null;
    return { iso: shift(now, count, unit), index: m.index, length: m[0].length };
  }
  const d = DAY_WORDS.exec(text);
  if (!d?.[1]) return null;
  const word = d[1].toLowerCase();
  const back = /^(yesterday|gestern|ayer)$/.test(word) ? 1 : 0;
  const iso = /just now|moments ago/.test(word) ? isoInstant(now) : isoDayOf(now - back * 86_400_000);
  return { iso, index: d.index, length: d[0].length };
}

function shift(now: number, count: number, unit: Unit): string {
  if (unit === 'minute' || unit === 'hour') {
    const ms = count * (unit === 'minute' ? 60_000 : 3_600_000);
    const at = new Date(now - ms);
    at.setUTCSeconds(0, 0);
    return isoInstant(at.getTime());
  }
  if (unit === 'day' || unit === 'week') return isoDayOf(now - count * (unit === 'day' ? 1 : 7) * 86_400_000);
  const at = new Date(now);
  if (unit === 'month') at.setUTCMonth(at.getUTCMonth() - count);
  else at.setUTCFullYear(at.getUTCFullYear() - count);
  return isoDayOf(at.getTime());
}
