import type { Claim, DocNode, Entity, Highlight, NoteMeta, Question, Ratings, Source } from '../model';
import { collectCitations } from '../notes/collectCitations';
import { SOURCE_QUOTE_MARK } from '../notes/sanitizeNoteDoc';
import type { LeftOut } from './manifest';
import { selectWeighing } from './selectWeighing';

export interface PacketNote {
  meta: NoteMeta;
  doc: DocNode;
}

/** What a packet is chosen from (and, once chosen, what it holds). */
export interface NotebookContent {
  sources: readonly Source[];
  highlights: readonly Highlight[];
  entities: readonly Entity[];
  claims: readonly Claim[];
  notes: readonly PacketNote[];
  /** Questions with rival answers and reliability ratings; absent reads as none (packets before version 2). */
  questions?: readonly Question[];
  ratings?: Ratings;
}

export interface SelectOptions {
  /** Chosen notes: they and everything they cite. */
  noteIds?: readonly string[];
  /** Sources carrying this tag, with all their highlights. */
  tag?: string;
  includeConfidential?: boolean;
}

export interface SelectedContent extends NotebookContent {
  leftOut: LeftOut;
}

/** Highlight ids a note quotes through `sourceQuote` marks (they travel with the note like citations). */
export function quotedHighlightIds(doc: DocNode): string[] {
  const ids: string[] = [];
  const walk = (node: DocNode): void => {
    for (const mark of node.marks ?? []) {
      if (mark.type === SOURCE_QUOTE_MARK && typeof mark.attrs?.highlightId === 'string')
        ids.push(mark.attrs.highlightId);
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return ids;
}

/**
 * Chooses what goes into a packet. With neither notes nor a tag: every source, highlight, entity,
 * claim and live note. Otherwise the chosen notes with the sources and passages they cite, plus tagged
 * sources with all their highlights; entities and claims follow the highlights kept. Confidential
 * sources (with their highlights) and confidential highlights are left out unless asked for, and counted,
 * as are entities named only in what was left out.
 */
// Long because what is kept follows from what was kept before, kind by kind, in one order.
export function selectContent(all: NotebookContent, options: SelectOptions): SelectedContent {
  const whole = !options.noteIds?.length && !options.tag;
  const wantedNotes = new Set(options.noteIds ?? []);
  const notes = whole
    ? all.notes.filter((n) => n.meta.trashedAt === null)
    : all.notes.filter((n) => wantedNotes.has(n.meta.id));

  const fullSources = new Set<string>();
  const citedSources = new Set<string>();
  const citedHighlights = new Set<string>();
  if (whole) for (const s of all.sources) fullSources.add(s.id);
  if (options.tag) for (const s of all.sources) if (s.tags.includes(options.tag)) fullSources.add(s.id);
  for (const note of whole ? [] : notes) {
    for (const c of collectCitations(note.doc)) {
      citedSources.add(c.sourceId);
      if (c.highlightId) citedHighlights.add(c.highlightId);
    }
    for (const id of quotedHighlightIds(note.doc)) citedHighlights.add(id);
  }
  for (const h of all.highlights) if (citedHighlights.has(h.id)) citedSources.add(h.sourceId);

  const open = options.includeConfidential === true;
  const candidates = all.sources.filter((s) => fullSources.has(s.id) || citedSources.has(s.id));
  const kept = new Set(candidates.filter((s) => open || !s.confidential).map((s) => s.id));
  // Near-duplicate links to sources outside the packet would name them.
  const sources = candidates
    .filter((s) => kept.has(s.id))
    .map((s) =>
      s.similar.every((x) => kept.has(x.sourceId))
        ? s
        : { ...s, similar: s.similar.filter((x) => kept.has(x.sourceId)) },
    );
  const candidateHighlights = all.highlights.filter(
    (h) => fullSources.has(h.sourceId) || citedHighlights.has(h.id),
  );
  const highlights = candidateHighlights.filter((h) => kept.has(h.sourceId) && (open || !h.confidential));
  const keptHighlights = new Set(highlights.map((h) => h.id));

  const claims = all.claims
    .map((c) => ({ ...c, evidence: c.evidence.filter((e) => keptHighlights.has(e.highlightId)) }))
    .filter((c) => whole || c.evidence.length > 0);
  // An entity named only in withheld passages could itself identify a confidential source.
  const named = new Set<string>();
  for (const h of highlights) for (const id of h.entityIds) named.add(id);
  for (const c of claims) if (c.claimantId) named.add(c.claimantId);
  const namedInWithheld = new Set<string>();
  for (const h of candidateHighlights)
    if (!keptHighlights.has(h.id)) for (const id of h.entityIds) namedInWithheld.add(id);
  const entities = all.entities.filter((e) => named.has(e.id) || (whole && !namedInWithheld.has(e.id)));
  const hiddenEntities = all.entities.filter((e) => !named.has(e.id) && namedInWithheld.has(e.id)).length;

  return {
    sources,
    highlights,
    entities,
    claims,
    notes,
    ...selectWeighing(all, { claims, sources }, whole),
    leftOut: {
      sources: candidates.length - sources.length,
      highlights: candidateHighlights.length - highlights.length,
      entities: hiddenEntities,
      citations: 0,
    },
  };
}
