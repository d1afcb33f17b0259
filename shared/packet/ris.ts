import type { Source } from '../model/source';
import { dateParts, oneLine, splitName } from './citeParts';

/** RIS reference types for a source: newspaper article, web page, or generic. */
export function risType(source: Pick<Source, 'kind' | 'site'>): 'NEWS' | 'ELEC' | 'GEN' {
  if (source.kind === 'url' || source.kind === 'html') return source.site ? 'NEWS' : 'ELEC';
  return 'GEN';
}

/** A RIS value: one line (a line break would start a bogus tag), at most 255 characters as readers expect. */
export function risValue(text: string): string {
  const line = oneLine(text);
  return line.length > 255 ? `${line.slice(0, 254)}…` : line;
}

function risDate(value: string | null): string | null {
  const parts = dateParts(value);
  if (!parts) return null;
  const [y, m, d] = parts;
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

/** One source as a RIS record, lines ending in CRLF and the record closed by "ER  - ". */
export function risRecord(source: Source): string {
  const lines: Array<[string, string]> = [
    ['TY', risType(source)],
    ['ID', source.id],
    ['TI', risValue(source.title || 'Untitled source')],
  ];
  for (const author of source.authors) {
    const parts = splitName(author);
    lines.push(['AU', risValue('literal' in parts ? parts.literal : `${parts.family}, ${parts.given}`)]);
  }
  const year = dateParts(source.publishedAt)?.[0];
  if (year) lines.push(['PY', String(year)]);
  const date = risDate(source.publishedAt);
  if (date) lines.push(['DA', date]);
  if (source.site) lines.push(['T2', risValue(source.site)]);
  const url = source.canonicalUrl ?? source.url ?? source.original.url;
  if (url) lines.push(['UR', oneLine(url)]);
  const accessed = risDate(source.capturedAt);
  if (accessed) lines.push(['Y2', accessed]);
  if (source.language) lines.push(['LA', risValue(source.language)]);
  for (const tag of source.tags) lines.push(['KW', risValue(tag)]);
  lines.push(['N1', risValue(`Captured ${source.capturedAt}; text SHA-256 ${source.textSha256}`)]);
  lines.push(['ER', '']);
  return (
    lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd() + (tag === 'ER' ? ' ' : '')).join('\r\n') +
    '\r\n'
  );
}
