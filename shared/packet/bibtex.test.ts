import { describe, expect, it } from 'vitest';
import { bibtexEntry, bibtexKey, escapeBibtex, escapeBibtexUrl } from './bibtex';
import { risRecord, risValue } from './ris';
import { source } from './testing/records';

describe('escapeBibtex', () => {
  it.each([
    ['plain words', 'plain words'],
    ['50% & more', '50\\% \\& more'],
    ['{braces}', '\\{braces\\}'],
    ['C:\\path', 'C:\\textbackslash{}path'],
    ['$5 #1 a_b', '\\$5 \\#1 a\\_b'],
    ['x^2 ~y', 'x\\^{}2 \\~{}y'],
    ['two\nlines', 'two lines'],
    ['Zürich', 'Zürich'],
  ])('%s', (text, escaped) => {
    expect(escapeBibtex(text)).toBe(escaped);
  });

  it('keeps URLs usable, encoding only what could break the field', () => {
    expect(escapeBibtexUrl('https://x.example/a?b=1&c=%7B#frag')).toBe('https://x.example/a?b=1&c=%7B#frag');
    expect(escapeBibtexUrl('https://x.example/{a} b\\c')).toBe('https://x.example/%7Ba%7D%20b%5Cc');
  });
});

describe('bibtexEntry', () => {
  const s = source(1, {
    title: 'Budget {doubles} 100%',
    authors: ['Mara Quist', 'Reuters', 'Tom and Jerry Brell'],
    site: 'Gazette & Co',
    publishedAt: '2024-05-06',
    url: 'https://g.example/a b',
  });

  it('writes a balanced @misc entry with escaped fields', () => {
    const entry = bibtexEntry(s, 'quist2024budget');
    expect(entry).toContain('@misc{quist2024budget,');
    expect(entry).toContain('author = {Quist, Mara and {Reuters} and {Brell, Tom and Jerry}}');
    expect(entry).toContain('title = {{Budget \\{doubles\\} 100\\%}}');
    expect(entry).toContain('howpublished = {Gazette \\& Co}');
    expect(entry).toContain('month = may');
    expect(entry).toContain('url = {https://g.example/a%20b}');
    const unescaped = entry.replace(/\\./g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('makes unique ASCII keys', () => {
    const taken = new Set<string>();
    expect([
      bibtexKey(s, taken),
      bibtexKey(s, taken),
      bibtexKey(source(2, { site: 'Łódź Daily' }), taken),
    ]).toEqual(['quist2024budget', 'quist2024budgeta', 'lodzdailysource']);
  });
});

describe('RIS', () => {
  it('writes one tag per line with CRLF and closes the record', () => {
    const record = risRecord(
      source(1, { title: 'Two\nlines', authors: ['Mara Quist'], tags: ['a', 'b'], publishedAt: '2024-05' }),
    );
    const lines = record.split('\r\n');
    expect(lines[0]).toBe('TY  - GEN');
    expect(lines).toContain('TI  - Two lines');
    expect(lines).toContain('AU  - Quist, Mara');
    expect(lines).toContain('DA  - 2024/05//');
    expect(lines.filter((l) => l.startsWith('KW  - '))).toEqual(['KW  - a', 'KW  - b']);
    expect(lines.at(-2)).toBe('ER  - ');
    expect(record.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps values to 255 characters', () => {
    expect(risValue('x'.repeat(300))).toHaveLength(255);
  });
});
