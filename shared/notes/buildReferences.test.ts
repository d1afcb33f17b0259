import { describe, expect, it } from 'vitest';
import type { CitationInfo } from '../contract/results';
import { buildReferences, referenceLine } from './buildReferences';
import type { CitationTarget } from './collectCitations';

const t = (
  sourceId: string,
  highlightId: string | null = null,
  locator: string | null = null,
): CitationTarget => ({ sourceId, highlightId, locator });
const info = (target: CitationTarget, over: Partial<CitationInfo> = {}): CitationInfo => ({
  ...target,
  resolved: true,
  quote: null,
  sourceTitle: `Title ${target.sourceId}`,
  site: 'Gazette',
  authors: ['A. Writer'],
  publishedAt: '2024-03-01',
  url: `https://example.org/${target.sourceId}`,
  ...over,
});

describe('buildReferences', () => {
  const targets = [t('s1', 'h1'), t('s2', null, 'p. 4'), t('s1', 'h1'), t('s3', 'h9'), t('s1', 'h2')];
  const infos = [
    info(t('s1', 'h2'), { quote: 'second' }),
    info(t('s1', 'h1'), { quote: 'first' }),
    info(t('s3', 'h9'), {
      resolved: false,
      sourceTitle: null,
      authors: [],
      site: null,
      url: null,
      publishedAt: null,
    }),
    info(t('s2', null, 'p. 4'), { authors: [] }),
  ];

  it('lists one entry per number, in numbering order, whatever order the answers came in', () => {
    const refs = buildReferences(targets, infos);
    expect(refs.map((r) => [r.number, r.key, r.sourceTitle, r.quote, r.resolved])).toEqual([
      [1, 'h:h1', 'Title s1', 'first', true],
      [2, 's:s2:p. 4', 'Title s2', null, true],
      [3, 'h:h9', null, null, false],
      [4, 'h:h2', 'Title s1', 'second', true],
    ]);
  });

  it('leaves unresolved entries undefined until their answer arrives', () => {
    const refs = buildReferences([t('s9')], []);
    expect(refs).toHaveLength(1);
    expect(refs[0]?.resolved).toBeUndefined();
  });

  it.each([
    [info(t('s1', 'h1')), 'A. Writer, Title s1, Gazette, 1 Mar, 2024. https://example.org/s1'],
    [info(t('s2', null, 'p. 4'), { authors: [], site: null, url: null }), 'Title s2, 1 Mar, 2024, p. 4.'],
    [info(t('s3', 'h9'), { resolved: false }), 'The cited source or highlight was deleted'],
    [
      info(t('s4'), { sourceTitle: null, publishedAt: null, authors: ['X', 'Y'] }),
      'X, Y, Untitled source, Gazette. https://example.org/s4',
    ],
  ])('formats a line: %#', (entry, line) => {
    const [ref] = buildReferences([entry], [entry]);
    expect(referenceLine(ref!, (d) => (d === '2024-03-01' ? '1 Mar, 2024' : d))).toBe(line);
  });
});
