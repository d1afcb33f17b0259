import type { HandlersOf, ImportResult, SourceDetails } from '../../shared/contract';
import { CORRECTED_BY_REPORTER, summarizeSource } from '../../shared/model';
import { compareSignatures, diffWords, sideBySide, signText } from '../../shared/similarity';
import { markNotArticle, readExtraction, restoreRemoved } from '../sources/editSourceText';
import type { HandlerContext } from './context';

type SourceHandlers = HandlersOf<
  | 'listSources'
  | 'getSource'
  | 'importFile'
  | 'importText'
  | 'importHtml'
  | 'importUrl'
  | 'deleteSource'
  | 'getSourceDetails'
  | 'updateSourceMetadata'
  | 'restoreRemovedBlock'
  | 'markNotPartOfArticle'
  | 'compareSources'
>;

/** The ways a source comes in (the session's importers, shared with the CLI and the menu). */
export interface SourceImporter {
  importBytes(fileName: string, bytes: Uint8Array): Promise<ImportResult>;
  importText(text: string, title?: string): Promise<ImportResult>;
  importHtml(html: string, title?: string): Promise<ImportResult>;
  importUrl(url: string): Promise<ImportResult>;
}

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function sourceHandlers(ctx: HandlerContext, importer: SourceImporter): SourceHandlers {
  return {
    listSources: () => Promise.resolve(ctx.store().sources().map(summarizeSource)),
    getSource: async ({ id }) => {
      const store = ctx.store();
      const source = store.requireSource(id);
      return { source, text: await store.readText(source) };
    },
    importFile: ({ fileName, dataBase64 }) =>
      importer.importBytes(fileName, Buffer.from(dataBase64, 'base64')),
    importText: ({ text, title }) => importer.importText(text, title),
    importHtml: ({ html, title }) => importer.importHtml(html, title),
    importUrl: ({ url }) => importer.importUrl(url),
    deleteSource: async ({ id }) => {
      await ctx.store().removeSource(id);
      return { deleted: true as const };
    },

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
        if (field !== 'tags' && field !== 'confidential') metadataSources[field] = CORRECTED_BY_REPORTER;
      return ctx.store().replace('sources', {
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
