import { anchorHealth, describeRange, placeHighlight } from '../../shared/anchoring';
import type { AnchoredHighlight, Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Highlight } from '../../shared/model';
import type { HandlerContext } from './context';

type HighlightHandlers = Pick<
  Handlers,
  'listHighlights' | 'createHighlight' | 'updateHighlight' | 'deleteHighlight' | 'restoreHighlight'
>;

/** Reading order: anchored passages by position, orphans last. */
function byReadingOrder(a: AnchoredHighlight, b: AnchoredHighlight): number {
  const sa = a.anchor.start ?? Number.POSITIVE_INFINITY;
  const sb = b.anchor.start ?? Number.POSITIVE_INFINITY;
  return sa - sb || a.highlight.createdAt.localeCompare(b.highlight.createdAt);
}

export function checkEntitiesExist(ctx: HandlerContext, ids: string[]): void {
  const store = ctx.store();
  const missing = ids.filter((id) => !store.find('entities', id));
  if (missing.length > 0)
    throw new AppError('NOT_FOUND', 'One of the chosen entities no longer exists.', { missing });
}

export async function requireHighlight(ctx: HandlerContext, id: string): Promise<Highlight> {
  const found = await ctx.store().highlights.findById(id);
  if (!found) throw new AppError('NOT_FOUND', 'That highlight no longer exists.');
  return found;
}

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function highlightHandlers(ctx: HandlerContext): HighlightHandlers {
  return {
    listHighlights: async ({ sourceId }) => {
      const store = ctx.store();
      const text = await store.readText(store.requireSource(sourceId));
      const highlights = (await store.highlights.forGroup(sourceId))
        .map((highlight) => ({ highlight, anchor: placeHighlight(text, highlight) }))
        .sort(byReadingOrder);
      return { highlights, health: anchorHealth(highlights.map((h) => h.anchor)) };
    },

    createHighlight: async ({ sourceId, start, end, color, comment, tags, entityIds }) => {
      const store = ctx.store();
      const text = await store.readText(store.requireSource(sourceId));
      checkEntitiesExist(ctx, entityIds);
      const { quote, position } = describeRange(text, start, end);
      const now = ctx.now();
      const highlight: Highlight = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        sourceId,
        color,
        comment,
        tags,
        entityIds: [...new Set(entityIds)],
        quote,
        position,
        confidential: false,
      };
      await store.highlights.put(sourceId, highlight);
      return highlight;
    },

    updateHighlight: async ({ id, ...changes }) => {
      const current = await requireHighlight(ctx, id);
      if (changes.entityIds) checkEntitiesExist(ctx, changes.entityIds);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const next: Highlight = { ...current, ...defined, updatedAt: ctx.now() };
      if (changes.entityIds) next.entityIds = [...new Set(changes.entityIds)];
      await ctx.store().highlights.put(current.sourceId, next);
      return next;
    },

    deleteHighlight: async ({ id }) => {
      const current = await requireHighlight(ctx, id);
      await ctx.store().highlights.remove(current.sourceId, id);
      return { deleted: current };
    },

    restoreHighlight: async ({ highlight }) => {
      const store = ctx.store();
      store.requireSource(highlight.sourceId);
      // Undo puts a deleted highlight back where it was; one id must never live in two sources.
      const existing = await store.highlights.findById(highlight.id);
      if (existing && existing.sourceId !== highlight.sourceId)
        throw new AppError(
          'INVALID_INPUT',
          'That highlight already exists in another source; it was not restored.',
        );
      const restored = {
        ...highlight,
        entityIds: highlight.entityIds.filter((e) => store.find('entities', e)),
      };
      await store.highlights.put(highlight.sourceId, restored);
      return restored;
    },
  };
}
