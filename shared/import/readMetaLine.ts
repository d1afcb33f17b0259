import { classifyChrome } from './classifyChrome';
import { findDates, type DateSpan } from './findDates';
import { wordsOf } from './lineShape';
import { parseByline } from './parseByline';

export interface MetaLine {
  authors: string[];
  dates: DateSpan[];
}

// Words that label a date or read-time rather than carry content.
const LABELS = new Set(
  `published publish posted updated update last modified edited first originally on at am um uhr le à h
   date time veröffentlicht aktualisiert erschienen stand publié mis jour publicado actualizado el a las de
   et and by the gmt utc cet cest bst est edt pst pdt`.split(/\s+/),
);

// Cheap gate: a meta line has a digit, a byline word or a relative-time word somewhere.
const MAYBE_META =
  /\d|\b(by|von|par|por|door|author|autor|ago|vor|il y a|hace|yesterday|today|gestern|heute|hoy|ayer|just now|moments)\b/iu;

function dateOnly(piece: string, dates: DateSpan[]): boolean {
  let rest = piece;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  return wordsOf(rest).filter((w) => !LABELS.has(w) && !/^\d{1,2}$/.test(w)).length <= 1;
}

function trailingByline(piece: string, dates: DateSpan[], capturedAt: string): string[] | null {
  const end = dates[dates.length - 1]!.end;
  const tail = piece.slice(end).replace(/^[\s,;:]+/u, '');
  if (!/^(by|von|par|por)\s/iu.test(tail) || !dateOnly(piece.slice(0, end), dates)) return null;
  return parseByline(tail, capturedAt);
}

/**
 * Reads a byline/date/read-time line ("By Ana Ruiz | 3 June 2025 | 4 min read").
 * Null when any part of the line is something else, so prose is never taken for metadata.
 */
export function readMetaLine(text: string, capturedAt: string): MetaLine | null {
  const line = text.trim().replace(/^[•·▪●◦\-–*]\s+/u, '');
  if (line.length > 200 || !MAYBE_META.test(line) || wordsOf(line).length > 30) return null;
  const pieces = line.split(/\s+[|•·]\s+|\s+[—–]\s+|\s{2,}/u).filter((p) => p.trim());
  const meta: MetaLine = { authors: [], dates: [] };
  let evidence = false;
  for (const piece of pieces) {
    const names = parseByline(piece, capturedAt);
    const dates = findDates(piece, capturedAt);
    if (names) {
      meta.authors.push(...names);
      meta.dates.push(...dates);
      evidence = true;
    } else if (dates.length > 0 && dateOnly(piece, dates)) {
      meta.dates.push(...dates);
      evidence = true;
    } else if (dates.length > 0 && trailingByline(piece, dates, capturedAt)) {
      // "Posted on March 3, 2025 by Ana Ruiz": the date first, the byline after it.
      meta.authors.push(...trailingByline(piece, dates, capturedAt)!);
      meta.dates.push(...dates);
      evidence = true;
    } else if (['counter', 'comments', 'share'].includes(classifyChrome(piece) ?? '')) {
      evidence = true;
    } else if (!(pieces.length > 1 && wordsOf(piece).length <= 3 && !/[.!?]$/.test(piece))) {
      return null;
    }
  }
  return evidence ? meta : null;
}
