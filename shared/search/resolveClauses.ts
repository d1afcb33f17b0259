import type { MarkSpec } from './buildSnippet';
import type { ParsedQuery } from './parseQuery';
import { FUZZY_WEIGHT, PREFIX_WEIGHT, idf } from './scoring';
import type { Vocabulary } from './vocabulary';

/** A clause bound to the vocabulary: which word ids it matches, and how much each counts. */
export interface ResolvedClause {
  negated: boolean;
  /** For a phrase, its word ids in order; for a word, its variants. */
  tids: number[];
  phrase: boolean;
  /** Per variant (words only). */
  weights: number[];
  idf: number;
  /** Documents to visit, for ordering: rarest clause first. */
  cost: number;
}

export interface ResolvedQuery {
  positives: ResolvedClause[];
  negatives: ResolvedClause[];
  /** What snippets mark: indexed words and phrases, each with its positive clause's number. */
  mark: MarkSpec;
  /** A positive clause matches no indexed word, so nothing can match. */
  impossible: boolean;
}

/** Binds a parsed query to the vocabulary, expanding prefixes and typos. */
export function resolveClauses(query: ParsedQuery, vocab: Vocabulary, docCount: number): ResolvedQuery {
  const terms = new Map<string, number>();
  const phrases: MarkSpec['phrases'][number][] = [];
  const mark = { terms, phrases, clauses: 0 };
  const out: ResolvedQuery = { positives: [], negatives: [], mark, impossible: false };
  for (const clause of query.clauses) {
    let resolved: ResolvedClause | null = null;
    if (clause.type === 'phrase') {
      const tids = clause.terms.map((term) => vocab.idOf(term) ?? -1);
      if (!tids.includes(-1)) {
        const dfs = tids.map((t) => vocab.docFrequency(t));
        const weight = dfs.reduce((sum, df) => sum + idf(docCount, df), 0);
        resolved = {
          negated: clause.negated,
          tids,
          phrase: true,
          weights: [],
          idf: weight,
          cost: Math.min(...dfs),
        };
        if (!clause.negated) phrases.push({ words: clause.terms, clause: mark.clauses });
      }
    } else {
      const tids: number[] = [];
      const weights: number[] = [];
      const exact = vocab.idOf(clause.term);
      if (exact !== undefined && vocab.docFrequency(exact) > 0) {
        tids.push(exact);
        weights.push(1);
      }
      if (clause.prefix) {
        for (const id of vocab.withPrefix(clause.term)) {
          if (id === exact) continue;
          tids.push(id);
          weights.push(PREFIX_WEIGHT);
        }
      } else if (clause.fuzzy && !clause.negated) {
        for (const id of vocab.near(clause.term)) {
          tids.push(id);
          weights.push(FUZZY_WEIGHT);
        }
      }
      if (tids.length) {
        const dfs = tids.map((t) => vocab.docFrequency(t));
        // The word typed sets the rarity; without it, the commonest variant does, so a
        // rare misspelling cannot outrank documents with the right word.
        const df = exact !== undefined && tids[0] === exact ? (dfs[0] ?? 0) : Math.max(...dfs);
        const cost = dfs.reduce((sum, n) => sum + n, 0);
        resolved = { negated: clause.negated, tids, phrase: false, weights, idf: idf(docCount, df), cost };
        if (!clause.negated) for (const t of tids) terms.set(vocab.terms[t] ?? '', mark.clauses);
      }
    }
    if (resolved) (resolved.negated ? out.negatives : out.positives).push(resolved);
    else if (!clause.negated) out.impossible = true;
    if (resolved && !resolved.negated) mark.clauses++;
  }
  out.positives.sort((a, b) => a.cost - b.cost);
  return out;
}
