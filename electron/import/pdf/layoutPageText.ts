/** The parts of a pdf.js text item that layout needs (TextMarkedContent items have no `str`). */
export interface PdfTextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** One visual line: its text, left x, baseline y (PDF points, y grows upwards) and font size. */
export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

const sizeOf = (item: PdfTextItemLike): number =>
  item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || 10;

/**
 * Groups text items into lines in content-stream order (which is usually reading order,
 * also across columns); a line ends at `hasEOL` or when the baseline moves.
 */
export function groupLines(items: readonly PdfTextItemLike[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { endX: number }) | null = null;
  const close = (): void => {
    const text = current?.text.replace(/\s+/g, ' ').trim();
    if (current && text) lines.push({ text, x: current.x, y: current.y, size: current.size });
    current = null;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = sizeOf(item);
    if (item.str !== '') {
      if (current && Math.abs(y - current.y) > Math.max(size, current.size) * 0.5) close();
      if (!current) {
        current = { text: item.str, x, y, size, endX: x + item.width };
      } else {
        // Some generators place words as separate items with no space glyph between them.
        const gap = x - current.endX;
        const needsSpace = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
        current.text += (needsSpace ? ' ' : '') + item.str;
        current.endX = x + item.width;
        current.size = Math.max(current.size, size);
      }
    }
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

/** Lower quartile of the baseline steps between same-size lines: the page's normal line spacing. */
function typicalLeading(lines: readonly PdfLine[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const step = prev.y - line.y;
    if (step > 0 && Math.abs(prev.size - line.size) < 0.5) steps.push(step);
  }
  if (steps.length === 0) return null;
  steps.sort((a, b) => a - b);
  return steps[Math.floor((steps.length - 1) / 4)]!;
}

/** Joins a line onto the paragraph so far, rejoining words hyphenated at the line end. */
export function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (/\u00AD$/.test(paragraph)) return paragraph.slice(0, -1) + line;
  if (/\p{L}[-\u2010]$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

/**
 * Splits lines into paragraphs: a new one starts at a change of font size, a jump back up
 * the page (new column) or a gap clearly wider than the normal line spacing.
 */
export function linesToParagraphs(lines: readonly PdfLine[]): string[] {
  const leading = typicalLeading(lines);
  const paragraphs: string[] = [];
  let text = '';
  let prev: PdfLine | null = null;
  for (const line of lines) {
    const step = prev ? prev.y - line.y : 0;
    const normal = leading ?? (prev ? prev.size * 1.25 : 0);
    const breaks =
      prev === null ||
      Math.abs(line.size - prev.size) > Math.max(line.size, prev.size) * 0.15 ||
      step <= 0 ||
      step > normal * 1.35;
    if (breaks && text) {
      paragraphs.push(text);
      text = '';
    }
    text = joinLine(text, line.text);
    prev = line;
  }
  if (text) paragraphs.push(text);
  return paragraphs;
}
