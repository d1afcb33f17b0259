import {
  fieldTexts,
  LONG_TEXT_CHARS,
  textsLength,
  type FieldTokens,
  type MemoryIndex,
} from '../../shared/search';
import type { ChangeOp, OpTokens } from './changeLog';

const idOf = (op: ChangeOp): string => (op.op === 'add' ? op.doc.id : op.id);

/**
 * The texts an op would tokenize on the main thread: the new document's fields and the replaced
 * or removed one's (to lower its words' frequencies). Null when that is cheap: short texts, a
 * filter change, or a replacement with the very same texts (see MemoryIndex.add).
 */
export function longTextsOf(mem: MemoryIndex, op: ChangeOp): { fresh: string[]; old: string[] } | null {
  if (op.op === 'filters') return null;
  const fresh = op.op === 'add' ? fieldTexts(op.doc) : [];
  const old = mem.textsOf(idOf(op)) ?? [];
  if (old.length && fresh.length && old.every((text, field) => text === fresh[field])) return null;
  return textsLength(fresh) + textsLength(old) >= LONG_TEXT_CHARS ? { fresh, old } : null;
}

/** Tokenizes an op's long texts with `tokenize` (a worker), in the shape `applyChange` takes. */
export async function tokensOf(
  texts: { fresh: string[]; old: string[] },
  tokenize: (texts: string[]) => Promise<FieldTokens[]>,
): Promise<OpTokens> {
  const tokens = await tokenize([...texts.fresh, ...texts.old]);
  const oldWords = new Set<string>();
  for (const field of tokens.slice(texts.fresh.length)) for (const term of field.terms) oldWords.add(term);
  return {
    fields: texts.fresh.length ? tokens.slice(0, texts.fresh.length) : undefined,
    old: texts.old.length ? [...oldWords] : undefined,
  };
}
