import { placeHighlight } from '../../shared/anchoring';
import type { Highlight } from '../../shared/model';
import {
  CITATION_CHAR,
  findQuotations,
  QuoteIndex,
  type FlatNote,
  type HighlightPlace,
  type QuoteSources,
} from '../../shared/quotes';
import type { QuoteStoreView } from '../store/storeViews';

/** Candidate sources read per quotation: one more than the check uses, for its "elsewhere" lookup. */
const CANDIDATES = 4;

/**
 * The notebook's word index for quotations, kept per open store and brought up to date before
 * each check (a source whose text changed is re-indexed, a removed one dropped), so a check reads
 * only the texts its quotations can match instead of every text in the notebook.
 */
export class QuoteLibrary {
  private readonly index = new QuoteIndex();
  private readonly indexed = new Map<string, string>();

  constructor(private readonly store: QuoteStoreView) {}

  private async sync(): Promise<void> {
    const sources = this.store.sources();
    const live = new Set(sources.map((s) => s.id));
    for (const id of this.indexed.keys()) {
      if (live.has(id)) continue;
      this.index.remove(id);
      this.indexed.delete(id);
    }
    const stale = sources.filter((s) => this.indexed.get(s.id) !== s.textSha256);
    for (let i = 0; i < stale.length; i += 64) {
      const batch = stale.slice(i, i + 64);
      const texts = await Promise.all(batch.map((s) => this.store.readText(s)));
      batch.forEach((s, k) => {
        this.index.add(s.id, texts[k] ?? '');
        this.indexed.set(s.id, s.textSha256);
      });
    }
  }

  /**
   * What the pure check needs, read ahead: the texts of cited sources and of every candidate
   * the index names, and each cited highlight placed by the anchoring module's one function.
   * `elsewhere: false` (for counts) reads only what the quotations cite: a quotation's status
   * never depends on the notebook-wide lookup, only the "best match elsewhere" hint does.
   */
  async sourcesFor(flat: FlatNote, { elsewhere = true } = {}): Promise<QuoteSources> {
    if (elsewhere) await this.sync();
    const wanted = new Set<string>();
    const highlightIds = new Set<string>();
    for (const citation of flat.citations.values()) {
      wanted.add(citation.sourceId);
      if (citation.highlightId) highlightIds.add(citation.highlightId);
    }
    if (elsewhere)
      for (const q of findQuotations(flat))
        for (const id of this.index.candidates(q.text, CANDIDATES)) wanted.add(id);
    const highlights = new Map<string, Highlight>();
    for (const id of highlightIds) {
      const h = await this.store.highlights.findById(id);
      if (!h) continue;
      highlights.set(id, h);
      wanted.add(h.sourceId);
    }
    const texts = new Map<string, string>();
    for (const id of wanted) {
      const source = this.store.sourceById(id);
      if (source) texts.set(id, await this.store.readText(source));
    }
    const places = new Map<string, HighlightPlace>();
    for (const [id, h] of highlights) {
      const text = texts.get(h.sourceId);
      if (text === undefined) continue;
      const place = placeHighlight(text, h);
      places.set(
        id,
        place.status === 'orphan'
          ? { sourceId: h.sourceId, orphan: true }
          : { sourceId: h.sourceId, start: place.start, end: place.end },
      );
    }
    return {
      sourceText: (id) => texts.get(id) ?? null,
      highlightPlace: (id) => places.get(id) ?? null,
      candidates: (quote, limit, exclude) => (elsewhere ? this.index.candidates(quote, limit, exclude) : []),
    };
  }
}

const libraries = new WeakMap<QuoteStoreView, QuoteLibrary>();

/** The quote library of an open store (one per store, built on first use). */
export function quoteLibraryOf(store: QuoteStoreView): QuoteLibrary {
  let library = libraries.get(store);
  if (!library) {
    library = new QuoteLibrary(store);
    libraries.set(store, library);
  }
  return library;
}

/** Flat text without citation placeholders, for showing a passage of a note. */
export const withoutCitations = (text: string): string => text.split(CITATION_CHAR).join('');
