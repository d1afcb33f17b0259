import { tokenize } from './tokenize';

/** A word to find: exactly, as a prefix (`wor*`), or also with one typo (`fuzzy`). */
export interface TermClause {
  type: 'term';
  term: string;
  prefix: boolean;
  fuzzy: boolean;
  negated: boolean;
}

/** Words that must appear next to each other, in order, within one field. */
export interface PhraseClause {
  type: 'phrase';
  terms: string[];
  negated: boolean;
}

export type QueryClause = TermClause | PhraseClause;

/** Every positive clause must match and no negated one may (AND NOT). */
export interface ParsedQuery {
  clauses: QueryClause[];
}

/** Clauses kept from one query; the rest of a pasted paragraph adds nothing but cost. */
export const MAX_CLAUSES = 32;
/** Typos are forgiven only in words this long; shorter words have too many neighbours. */
export const FUZZY_MIN_LENGTH = 5;
const QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb';
const isSpace = (ch: string): boolean => /\s/.test(ch);

function clauseOf(raw: string, quoted: boolean, negated: boolean): QueryClause | null {
  const prefix = !quoted && raw.endsWith('*');
  const terms = tokenize(quoted ? raw : raw.replace(/\*/g, ' '));
  if (terms.length === 0) return null;
  // "e-mail" or "U.S." typed bare are one thing to the reporter, so they match as a phrase.
  if (terms.length > 1) return { type: 'phrase', terms, negated };
  const term = terms[0] ?? '';
  const fuzzy = !quoted && !prefix && term.length >= FUZZY_MIN_LENGTH;
  return { type: 'term', term, prefix, fuzzy, negated };
}

/**
 * Parses what a reporter types: words (AND), "quoted phrases", `wor*` prefixes and `-word` or
 * `-"phrase"` exclusions. Folding matches the indexer, so case and diacritics never matter.
 * Never throws: stray quotes and stars are read as leniently as possible.
 */
export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let i = 0;
  while (i < input.length && clauses.length < MAX_CLAUSES) {
    const ch = input[i] ?? '';
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let negated = false;
    while ((input[i] === '-' || input[i] === '+') && i + 1 < input.length && !isSpace(input[i + 1] ?? ' ')) {
      if (input[i] === '-') negated = true;
      i++;
    }
    let raw: string;
    const quoted = QUOTES.includes(input[i] ?? '');
    if (quoted) {
      let end = i + 1;
      while (end < input.length && !QUOTES.includes(input[end] ?? '')) end++;
      raw = input.slice(i + 1, end);
      i = end + 1;
    } else {
      let end = i;
      while (end < input.length && !isSpace(input[end] ?? '') && !QUOTES.includes(input[end] ?? '')) end++;
      raw = input.slice(i, Math.max(end, i + 1));
      i = Math.max(end, i + 1);
    }
    const clause = clauseOf(raw, quoted, negated);
    if (clause) clauses.push(clause);
  }
  return { clauses };
}
