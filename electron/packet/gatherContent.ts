import { AppError } from '../../shared/errors';
import { mapLimit } from '../../shared/text/mapLimit';
import type { Highlight } from '../../shared/model';
import { collectCitations } from '../../shared/notes/collectCitations';
import type { NumberedCitation, ResolveCitation } from '../../shared/packet/noteCitations';
import { numberNoteCitations } from '../../shared/packet/noteCitations';
import { withholdCitations } from '../../shared/packet/rewriteDoc';
import {
  selectContent,
  type PacketNote,
  type SelectedContent,
  type SelectOptions,
} from '../../shared/packet/selectContent';
import { placeForPacket } from '../../shared/packet/placeForPacket';
import { slugify } from '../../shared/packet/slugify';
import type { PacketStoreView } from '../store/storeViews';

export interface GatheredNote extends PacketNote {
  slug: string;
  cite: Map<string, NumberedCitation>;
}

export interface Gathered {
  content: SelectedContent;
  notes: GatheredNote[];
  texts: Map<string, string>;
  /** Highlights that no longer sit on their source's text (listed, never drawn). */
  orphaned: ReadonlySet<string>;
}

/**
 * Reads what a packet needs from the notebook and chooses its content: records, note bodies, clean
 * texts; citations of left-out material are withheld from the notes, and every note's citations
 * are numbered against what the packet holds.
 */
// Long because records, note bodies and texts are read from one snapshot of the notebook.
export async function gatherContent(store: PacketStoreView, options: SelectOptions): Promise<Gathered> {
  const data = store.data;
  const wanted = options.noteIds ?? [];
  for (const id of wanted) {
    if (!data.notes.some((n) => n.id === id))
      throw new AppError('NOT_FOUND', `There is no note with the id ${id} in this notebook.`);
  }
  const whole = wanted.length === 0 && !options.tag;
  const metas = whole
    ? data.notes.filter((n) => n.trashedAt === null)
    : data.notes.filter((n) => wanted.includes(n.id));
  const notes = await mapLimit(metas, 16, async (meta) => ({
    meta,
    doc: (await store.notes.readBody(meta.id)).doc,
  }));
  const highlights: Highlight[] = await store.highlights.all();
  const content = selectContent(
    {
      sources: data.sources,
      highlights,
      entities: data.entities,
      claims: data.claims,
      notes,
      questions: data.questions,
      ratings: data.ratings,
    },
    options,
  );
  if (!whole && content.sources.length === 0 && content.notes.length === 0) {
    const what = options.tag ? `No source carries the tag “${options.tag}”` : 'The chosen notes cite nothing';
    throw new AppError('NOT_FOUND', `${what}, so there is nothing to export.`);
  }

  const texts = new Map<string, string>();
  await mapLimit(content.sources, 32, async (s) => texts.set(s.id, await store.readText(s)));
  // Every consumer in the packet (marks, annotations, tables, footnotes) reads these placed
  // highlights, never the stored positions.
  const placed = placeForPacket(content.highlights, texts);
  content.highlights = placed.highlights;

  const packetIds = {
    sources: new Set(content.sources.map((s) => s.id)),
    highlights: new Set(content.highlights.map((h) => h.id)),
  };
  const notebookIds = {
    sources: new Set(data.sources.map((s) => s.id)),
    highlights: new Set(highlights.map((h) => h.id)),
  };
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const highlightById = new Map(content.highlights.map((h) => [h.id, h]));
  const resolve: ResolveCitation = (t) => {
    const highlight = t.highlightId ? highlightById.get(t.highlightId) : undefined;
    if (t.highlightId && !highlight) return null;
    const source = sourceById.get(highlight?.sourceId ?? t.sourceId);
    return source ? { source, highlight: highlight ?? null, locator: t.locator } : null;
  };

  const slugs = new Set<string>();
  const gatheredNotes = content.notes.map((n): GatheredNote => {
    const { doc, withheld } = withholdCitations(n.doc, packetIds, notebookIds);
    content.leftOut.citations += withheld;
    // The note's own index of what it cites must not name what was withheld either.
    const cited = collectCitations(doc);
    const meta = {
      ...n.meta,
      citedHighlightIds: n.meta.citedHighlightIds.filter((id) => cited.some((c) => c.highlightId === id)),
      citedSourceIds: n.meta.citedSourceIds.filter((id) => cited.some((c) => c.sourceId === id)),
    };
    return { meta, doc, slug: slugify(n.meta.title, slugs), cite: numberNoteCitations(doc, resolve) };
  });
  content.notes = gatheredNotes.map(({ meta, doc }) => ({ meta, doc }));

  return { content, notes: gatheredNotes, texts, orphaned: placed.orphaned };
}
