import type { Source } from '../model/source';
import { asciiFold, dateParts, oneLine, splitName } from './citeParts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * Text for a braced BibTeX field: LaTeX's special characters escaped (so braces always balance and
 * nothing is read as a command), line breaks folded to spaces. Other Unicode passes as UTF-8.
 */
export function escapeBibtex(text: string): string {
  return oneLine(text).replace(/[\\{}$&%#_^~]/g, (c) => SPECIAL[c] ?? c);
}

/** A URL for a verbatim `url` field: only what could unbalance the braces or end the field is percent-encoded. */
export function escapeBibtexUrl(url: string): string {
  return url
    .trim()
    .replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function authorField(names: readonly string[]): string {
  return names
    .map((raw) => {
      const parts = splitName(raw);
      // A literal (an organisation) is braced so BibTeX does not split it into given and family names.
      if ('literal' in parts) return `{${escapeBibtex(parts.literal)}}`;
      const name = `${escapeBibtex(parts.family)}, ${escapeBibtex(parts.given)}`;
      return /\band\b/i.test(name) ? `{${name}}` : name;
    })
    .join(' and ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A citation key like "quist2024harbour", unique among `taken` (which it joins). */
export function bibtexKey(source: Source, taken: Set<string>): string {
  const first = source.authors[0] ? splitName(source.authors[0]) : null;
  const who = first ? ('literal' in first ? first.literal : first.family) : (source.site ?? 'source');
  const word = source.title.split(/\s+/).find((w) => asciiFold(w).replace(/[^A-Za-z]/g, '').length > 3) ?? '';
  const year = dateParts(source.publishedAt)?.[0] ?? '';
  const clean = (s: string): string =>
    asciiFold(s)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const base = `${clean(who).slice(0, 20) || 'source'}${year}${clean(word).slice(0, 15)}`;
  let key = base;
  for (let i = 0; taken.has(key); i++)
    key = `${base}${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`;
  taken.add(key);
  return key;
}

/** One source as a BibTeX @misc entry (what classic BibTeX and biblatex both read for news and web pages). */
export function bibtexEntry(source: Source, key: string): string {
  const fields: Array<[string, string]> = [];
  if (source.authors.length > 0) fields.push(['author', `{${authorField(source.authors)}}`]);
  fields.push(['title', `{{${escapeBibtex(source.title || 'Untitled source')}}}`]);
  if (source.site) fields.push(['howpublished', `{${escapeBibtex(source.site)}}`]);
  const date = dateParts(source.publishedAt);
  if (date) {
    fields.push(['year', `{${date[0]}}`]);
    if (date[1]) fields.push(['month', MONTHS[date[1] - 1] ?? `{${date[1]}}`]);
    fields.push([
      'date',
      `{${date.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-')}}`,
    ]);
  }
  const url = source.canonicalUrl ?? source.url ?? source.original.url;
  if (url) fields.push(['url', `{${escapeBibtexUrl(url)}}`]);
  fields.push(['urldate', `{${source.capturedAt.slice(0, 10)}}`]);
  if (source.language) fields.push(['language', `{${escapeBibtex(source.language)}}`]);
  if (source.tags.length > 0) fields.push(['keywords', `{${escapeBibtex(source.tags.join(', '))}}`]);
  fields.push([
    'note',
    `{${escapeBibtex(`Captured ${source.capturedAt}; text SHA-256 ${source.textSha256}; id ${source.id}`)}}`,
  ]);
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
