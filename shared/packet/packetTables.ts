import type { Source } from '../model/source';
import { bibtexEntry, bibtexKey } from './bibtex';
import { toCsv } from './csv';
import { toCslItem } from './cslItem';
import { risRecord } from './ris';
import type { NotebookContent } from './selectContent';

/** Lookups the tables share, built once per packet. */
export interface PacketIndex {
  sourceById: ReadonlyMap<string, Source>;
  entityName: (id: string) => string;
}

export function indexContent(content: NotebookContent): PacketIndex {
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const names = new Map(content.entities.map((e) => [e.id, e.name]));
  return { sourceById, entityName: (id) => names.get(id) ?? id };
}

/** highlights.csv: one row per highlight, with its source, passage, position and annotations. */
export function highlightsCsv(
  content: NotebookContent,
  index: PacketIndex,
  orphaned: ReadonlySet<string> = new Set(),
): string {
  const header = [
    'highlight_id',
    'source_id',
    'source_title',
    'quote',
    'prefix',
    'suffix',
    'start',
    'end',
    'color',
    'comment',
    'tags',
    'entities',
    'created_at',
    'updated_at',
    'placement',
  ];
  return toCsv(
    header,
    content.highlights.map((h) => [
      h.id,
      h.sourceId,
      index.sourceById.get(h.sourceId)?.title ?? '',
      h.quote.exact,
      h.quote.prefix,
      h.quote.suffix,
      // An orphaned highlight's stored offsets point at other words now: none are given.
      orphaned.has(h.id) ? '' : h.position.start,
      orphaned.has(h.id) ? '' : h.position.end,
      h.color,
      h.comment,
      h.tags.join('; '),
      h.entityIds.map(index.entityName).join('; '),
      h.createdAt,
      h.updatedAt,
      orphaned.has(h.id) ? 'orphaned' : 'placed',
    ]),
  );
}

/** entities.csv: one row per entity, with how many highlights in the packet name it. */
export function entitiesCsv(content: NotebookContent): string {
  const counts = new Map<string, number>();
  for (const h of content.highlights) for (const id of h.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return toCsv(
    ['entity_id', 'type', 'name', 'aliases', 'description', 'highlights'],
    content.entities.map((e) => [
      e.id,
      e.type,
      e.name,
      e.aliases.join('; '),
      e.description,
      counts.get(e.id) ?? 0,
    ]),
  );
}

/** claims.csv: one row per piece of evidence (a claim without evidence gets one row with those columns empty). */
export function claimsCsv(content: NotebookContent, index: PacketIndex): string {
  const highlights = new Map(content.highlights.map((h) => [h.id, h]));
  const header = [
    'claim_id',
    'statement',
    'status',
    'claimant',
    'stance',
    'source_id',
    'source_title',
    'highlight_id',
    'quote',
    'evidence_note',
  ];
  const rows = content.claims.flatMap((c) => {
    const claim = [c.id, c.statement, c.status, c.claimantId ? index.entityName(c.claimantId) : ''];
    if (c.evidence.length === 0) return [[...claim, '', '', '', '', '', '']];
    return c.evidence.map((e) => {
      const h = highlights.get(e.highlightId);
      const source = h ? index.sourceById.get(h.sourceId) : undefined;
      return [
        ...claim,
        e.stance,
        h?.sourceId ?? '',
        source?.title ?? '',
        e.highlightId,
        h?.quote.exact ?? '',
        e.note,
      ];
    });
  });
  return toCsv(header, rows);
}

/** bibliography.json (CSL-JSON), bibliography.bib (BibTeX) and bibliography.ris (RIS) for the packet's sources. */
export function bibliographyFiles(sources: readonly Source[]): { json: string; bib: string; ris: string } {
  const keys = new Set<string>();
  return {
    json: `${JSON.stringify(sources.map(toCslItem), null, 2)}\n`,
    bib: sources.map((s) => bibtexEntry(s, bibtexKey(s, keys))).join('\n'),
    ris: sources.map(risRecord).join('\r\n'),
  };
}
