// Borrows compromise's word knowledge (24k-word lexicon with first names, places, demonyms and
// parts of speech, plus its organisation and place head words) for the pure suggester.
import nlp from 'compromise';
import type { WordHints } from '../../shared/entities/entitySuggestion';

type CompromiseModel = {
  one: {
    lexicon: Record<string, string | string[]>;
    tagSet: Record<string, { parents?: string[] } | undefined>;
  };
  two: { orgWords?: Record<string, boolean>; placeWords?: Record<string, boolean> };
};

let shared: WordHints | undefined;

/** Lexicon-backed hints, built once per process. */
export function compromiseHints(): WordHints {
  shared ??= buildHints(nlp.model() as unknown as CompromiseModel);
  return shared;
}

function buildHints(model: CompromiseModel): WordHints {
  const { lexicon, tagSet } = model.one;
  const cache = new Map<string, ReadonlySet<string>>();
  const tagsOf = (lower: string): ReadonlySet<string> => {
    let tags = cache.get(lower);
    if (!tags) {
      const own = ([] as string[]).concat(Object.hasOwn(lexicon, lower) ? (lexicon[lower] ?? []) : []);
      tags = new Set(own.flatMap((tag) => [tag, ...(tagSet[tag]?.parents ?? [])]));
      cache.set(lower, tags);
    }
    return tags;
  };
  return {
    tagsOf,
    orgWords: new Set(Object.keys(model.two.orgWords ?? {})),
    placeWords: new Set(Object.keys(model.two.placeWords ?? {})),
  };
}
