import { buildSnippet, plainSnippet, type MarkSpec } from './buildSnippet';
import { DocIndexer } from './docIndexer';
import { DocTable, type DocMeta } from './docTable';
import type { FieldTokens } from './fieldTokens';
import { parseQuery, type ParsedQuery } from './parseQuery';
import type { Range } from './phraseMatches';
import type { PostingList } from './postingList';
import { QueryEvaluator } from './queryEvaluator';
import { rankMatches } from './rankMatches';
import { resolveClauses } from './resolveClauses';
import { kindOf } from './scoring';
import { snapshotIndex, type Pause, type SegmentData } from './snapshotIndex';
import { forEachToken } from './tokenize';
import type { TopByKind } from './topByKind';
import {
  FIELD_BODY,
  FIELD_COUNT,
  FIELD_META,
  FIELD_NAMES,
  FIELD_TITLE,
  fieldTexts,
  type SearchDoc,
  type SearchDocFilters,
  type SearchFilters,
  type SearchGroup,
  type SearchResult,
  type SnippetPart,
} from './types';
import { Vocabulary } from './vocabulary';

const EMPTY = new Uint32Array(0);
const SNIPPET_FIELDS = [FIELD_BODY, FIELD_META, FIELD_NAMES, FIELD_TITLE];

/**
 * The whole index in memory: an immutable segment (typed arrays, as loaded from disk) plus
 * postings of documents added since, in growable lists of the same layout. Removing marks a
 * document dead; `snapshot()` folds both parts into a new segment without the dead.
 */
export class MemoryIndex {
  readonly vocab: Vocabulary;
  readonly docs: DocTable;
  private readonly segmentTerms: number;
  private readonly keyStart: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly added = new Map<number, PostingList>();
  private readonly indexer: DocIndexer;
  private readonly evaluator: QueryEvaluator;

  constructor(segment?: SegmentData) {
    this.vocab = new Vocabulary(segment ? [...segment.terms] : [], segment?.df);
    this.docs = new DocTable(segment?.texts ?? null);
    this.segmentTerms = segment?.terms.length ?? 0;
    this.keyStart = segment?.keyStart ?? new Uint32Array(1);
    this.postings = segment?.postings ?? EMPTY;
    if (segment) this.docs.addAll(segment.docs, segment.fieldLens);
    this.indexer = new DocIndexer(this.vocab, this.added);
    this.evaluator = new QueryEvaluator(this.docs, this.postingsOf);
  }

  /** Live documents. */
  get size(): number {
    return this.docs.aliveCount;
  }

  /**
   * Adds a document, replacing any with the same id. `tokens`, when given, are the words of its
   * fields (fieldTexts order) and of the replaced document's (`old`), tokenized in a worker; the
   * main thread then only maps integers. A replacement with the very same texts (a new stamp or
   * filter, e.g. a source's first highlight) only swaps what is kept about it.
   */
  add(
    doc: SearchDoc,
    tokens?: { fields?: readonly (FieldTokens | undefined)[]; old?: readonly string[] },
  ): void {
    const texts = fieldTexts(doc);
    const meta: DocMeta = { id: doc.id, kind: doc.kind, title: doc.title, filters: doc.filters };
    if (doc.sourceId !== undefined) meta.sourceId = doc.sourceId;
    if (doc.stamp !== undefined) meta.stamp = doc.stamp;
    const existing = this.docs.docOf(doc.id);
    if (
      existing !== undefined &&
      this.sameTexts(existing, texts) &&
      this.docs.metas[existing]?.kind === doc.kind
    ) {
      // A new object, not a mutation: a snapshot in progress may be holding the old one.
      this.docs.metas[existing] = meta;
      return;
    }
    this.remove(doc.id, tokens?.old);
    const lengths = this.indexer.index(this.docs.count, texts, tokens?.fields);
    this.docs.add(meta, lengths, texts);
  }

  private sameTexts(doc: number, texts: readonly string[]): boolean {
    for (let field = 0; field < FIELD_COUNT; field++)
      if (this.docs.text(doc, field) !== texts[field]) return false;
    return true;
  }

  /** The field texts (fieldTexts order) of an indexed document, null when it is not indexed. */
  textsOf(id: string): string[] | null {
    const doc = this.docs.docOf(id);
    if (doc === undefined) return null;
    return Array.from({ length: FIELD_COUNT }, (_, field) => this.docs.text(doc, field));
  }

  /**
   * Removes a document; its words' frequencies drop at once, so scores stay exact. `words`, when
   * given, are its distinct words, found in a worker (see add).
   */
  remove(id: string, words?: readonly string[]): boolean {
    const doc = this.docs.docOf(id);
    if (doc === undefined) return false;
    const tids = new Set<number>();
    const count = (term: string): void => {
      const tid = this.vocab.idOf(term);
      if (tid !== undefined) tids.add(tid);
    };
    if (words) words.forEach(count);
    else for (let field = 0; field < FIELD_COUNT; field++) forEachToken(this.docs.text(doc, field), count);
    for (const tid of tids) this.vocab.countDoc(tid, -1);
    return this.docs.remove(id);
  }

  /** Replaces a document's filter values without re-indexing its text. */
  setFilters(id: string, filters: SearchDocFilters): boolean {
    const doc = this.docs.docOf(id);
    const meta = doc === undefined ? undefined : this.docs.metas[doc];
    // A new object, not a mutation: a snapshot in progress may be holding the old one.
    if (doc !== undefined && meta) this.docs.metas[doc] = { ...meta, filters };
    return meta !== undefined;
  }

  metaOf(id: string): DocMeta | undefined {
    const doc = this.docs.docOf(id);
    return doc === undefined ? undefined : this.docs.metas[doc];
  }

  private readonly postingsOf = (tid: number, field: number): Range[] => {
    const key = tid * FIELD_COUNT + field;
    const list = this.added.get(key);
    const inSegment = tid < this.segmentTerms;
    return [
      {
        data: this.postings,
        start: inSegment ? (this.keyStart[key] ?? 0) : 0,
        end: inSegment ? (this.keyStart[key + 1] ?? 0) : 0,
      },
      { data: list?.data ?? EMPTY, start: 0, end: list?.length ?? 0 },
    ];
  };

  /** Ranked hits grouped by kind, at most `limit` per kind, each with a marked snippet. */
  search(query: string | ParsedQuery, filters: SearchFilters = {}, limit = 10): SearchResult {
    const parsed = typeof query === 'string' ? parseQuery(query) : query;
    const resolved = resolveClauses(parsed, this.vocab, this.docs.aliveCount);
    const top = rankMatches(this.evaluator, this.docs, resolved, filters, limit);
    return this.groupsOf(top, resolved.mark);
  }

  private groupsOf(top: TopByKind, spec: MarkSpec): SearchResult {
    const groups: SearchGroup[] = [];
    top.docs.forEach((docs, kind) => {
      if (!docs.length) return;
      const hits = docs.map((doc, rank) => {
        const meta = this.docs.metas[doc] as DocMeta;
        const hit = { kind: meta.kind, id: meta.id, title: meta.title, snippet: this.snippetOf(doc, spec) };
        return {
          ...hit,
          ...(meta.sourceId ? { sourceId: meta.sourceId } : {}),
          score: top.scores[kind]?.[rank] ?? 0,
        };
      });
      groups.push({ kind: kindOf(kind), total: top.totals[kind] ?? 0, hits });
    });
    groups.sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
    return { groups, total: top.totals.reduce((sum, n) => sum + n, 0), rebuilding: false };
  }

  private snippetOf(doc: number, spec: MarkSpec): SnippetPart[] {
    if (spec.clauses) {
      for (const field of SNIPPET_FIELDS) {
        const text = this.docs.text(doc, field);
        const parts = text ? buildSnippet(text, spec) : null;
        if (parts) return parts;
      }
    }
    return plainSnippet(this.docs.text(doc, FIELD_BODY) || this.docs.text(doc, FIELD_TITLE));
  }

  /**
   * Everything live now, renumbered, as a segment. Work is sliced at `pause`; changes made
   * meanwhile are not in the result. Its texts read this index: encode before discarding it.
   */
  snapshot(pause?: Pause): Promise<SegmentData> {
    const { vocab, docs, segmentTerms, keyStart, postings, added } = this;
    return snapshotIndex({ vocab, docs, segmentTerms, keyStart, postings, added }, pause);
  }
}
