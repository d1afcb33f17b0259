import type { Paragraph } from '../ui/textOffsets';

/** A drawn passage: a highlight's anchored range, or the flash of a deep link. */
export interface Span {
  id: string;
  start: number;
  end: number;
  /** Highlight colour 1–5 (0 for none); part of the paragraph key so a recolour redraws. */
  color?: number;
}

/** A run of text covered by the same spans; `ids` innermost (shortest span) first. */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
  /** Colour of each span in `ids`, same order. */
  colors: number[];
}

/** One paragraph's segments plus a key that changes exactly when they do (for memoised rendering). */
export interface ParagraphSegments {
  segments: Segment[];
  key: string;
}

function addTo(map: Map<number, Span[]>, at: number, span: Span): void {
  const list = map.get(at);
  if (list) list.push(span);
  else map.set(at, [span]);
}

/**
 * Cuts each paragraph at every span boundary, so overlapping highlights draw as
 * runs each knowing every span over it. One sweep over the sorted boundaries:
 * O((paragraphs + spans) log) plus the overlap depth per run.
 */
export function buildSegments(paragraphs: readonly Paragraph[], spans: readonly Span[]): ParagraphSegments[] {
  const starts = new Map<number, Span[]>();
  const ends = new Map<number, Span[]>();
  const points = new Set<number>();
  for (const p of paragraphs) {
    points.add(p.start);
    points.add(p.end);
  }
  for (const span of spans) {
    if (span.end <= span.start) continue;
    addTo(starts, span.start, span);
    addTo(ends, span.end, span);
    points.add(span.start);
    points.add(span.end);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const active = new Set<Span>();
  const result: ParagraphSegments[] = paragraphs.map(() => ({ segments: [], key: '' }));
  let index = 0;
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    for (const span of ends.get(from) ?? []) active.delete(span);
    for (const span of starts.get(from) ?? []) active.add(span);
    while (index < paragraphs.length && paragraphs[index]!.end <= from) index += 1;
    const paragraph = paragraphs[index];
    if (!paragraph || from < paragraph.start || to > paragraph.end) continue;
    const covering = [...active].sort(
      (a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start || (a.id < b.id ? -1 : 1),
    );
    const ids = covering.map((s) => s.id);
    const segments = result[index]!.segments;
    const last = segments[segments.length - 1];
    // Merge runs whose covering spans did not change (a span ending where another identical one starts).
    if (last && last.end === from && sameIds(last.ids, ids)) last.end = to;
    else segments.push({ start: from, end: to, ids, colors: covering.map((s) => s.color ?? 0) });
  }
  for (const entry of result) {
    entry.key = entry.segments
      .map((s) => `${s.start}-${s.end}:${s.ids.join(',')}:${s.colors.join('')}`)
      .join('|');
  }
  return result;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
