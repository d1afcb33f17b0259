import type { Handlers, SourceDetails } from '../../shared/contract';
import { summarizeSource, type Source } from '../../shared/model';
import { compareSignatures, diffWords, sideBySide, signText } from '../../shared/similarity';
import { markNotArticle, readExtraction, restoreRemoved } from '../sources/editSourceText';
import type { HandlerContext } from './context';

type SourceHandlers = Pick<
  Handlers,
  | 'getSourceDetails'
  | 'updateSourceMetadata'
  | 'restoreRemovedBlock'
  | 'markNotPartOfArticle'
  | 'compareSources'
>;

async function replaceSource(ctx: HandlerContext, next: Source): Promise<Source> {
  await ctx.store().mutate((file) => {
    file.sources = file.sources.map((s) => (s.id === next.id ? next : s));
  });
  return next;
}

export function sourceHandlers(ctx: HandlerContext): SourceHandlers {
  return {
    getSourceDetails: async ({ id }) => {
      const store = ctx.store();
      const source = store.requireSource(id);
      const details: SourceDetails = {
        source,
        extraction: await readExtraction(store, source),
        similar: source.similar.flatMap((s) => {
          const other = store.sourceById(s.sourceId);
          return other ? [{ sourceId: other.id, title: other.title, site: other.site, score: s.score }] : [];
        }),
      };
      return details;
    },

    updateSourceMetadata: async ({ id, ...changes }) => {
      const current = ctx.store().requireSource(id);
      const defined = Object.entries(changes).filter(([, v]) => v !== undefined);
      const metadataSources = { ...current.metadataSources };
      for (const [field] of defined)
        if (field !== 'tags' && field !== 'confidential') metadataSources[field] = 'corrected by you';
      return replaceSource(ctx, {
        ...current,
        ...Object.fromEntries(defined),
        metadataSources,
        updatedAt: ctx.now(),
      });
    },

    restoreRemovedBlock: ({ id, index, at }) => restoreRemoved(ctx.store(), id, index, at, ctx.now()),

    markNotPartOfArticle: ({ id, start, end }) => markNotArticle(ctx.store(), id, start, end, ctx.now()),

    compareSources: async ({ leftId, rightId }) => {
      const store = ctx.store();
      const [left, right] = [store.requireSource(leftId), store.requireSource(rightId)];
      const [a, b] = await Promise.all([store.readText(left), store.readText(right)]);
      return {
        left: summarizeSource(left),
        right: summarizeSource(right),
        score: Math.round(compareSignatures(signText(a), signText(b)).score * 100) / 100,
        rows: sideBySide(diffWords(a, b)),
      };
    },
  };
}
