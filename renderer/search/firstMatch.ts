import { forEachToken, parseQuery, withinOneEdit, type QueryClause } from '../../shared/search';

/** A stretch of a text, as offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

function termMatches(clause: Extract<QueryClause, { type: 'term' }>, token: string): boolean {
  if (clause.prefix) return token.startsWith(clause.term);
  return token === clause.term || (clause.fuzzy && withinOneEdit(clause.term, token));
}

/**
 * Where the query first matches in `text`, read the way the engine reads it: the earliest
 * phrase, exact word, prefix or near-miss of any positive clause. Null when nothing does
 * (the hit matched on the title or other metadata only).
 */
export function firstMatch(text: string, query: string): TextSpan | null {
  const clauses = parseQuery(query).clauses.filter((c) => !c.negated);
  if (clauses.length === 0) return null;
  const tokens: { term: string; start: number; end: number }[] = [];
  forEachToken(text, (term, start, end) => {
    tokens.push({ term, start, end });
  });
  for (let i = 0; i < tokens.length; i++) {
    for (const clause of clauses) {
      if (clause.type === 'term') {
        if (termMatches(clause, tokens[i]!.term)) return { start: tokens[i]!.start, end: tokens[i]!.end };
        continue;
      }
      const last = tokens[i + clause.terms.length - 1];
      if (last && clause.terms.every((term, k) => tokens[i + k]!.term === term))
        return { start: tokens[i]!.start, end: last.end };
    }
  }
  return null;
}
