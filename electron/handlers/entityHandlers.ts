import type { EntityMentionView, EntityPage, Handlers } from '../../shared/contract';
import { countMentions, findMentions, mentionPattern } from '../../shared/entities/findMentions';
import { mergeEntities, namesOf, retagHighlights, uniteAliases } from '../../shared/entities/mergeEntities';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Entity } from '../../shared/model';
import { suggestEntities } from '../entities/suggestEntities';
import type { HandlerContext } from './context';

type EntityHandlers = Pick<
  Handlers,
  | 'listEntities'
  | 'createEntity'
  | 'updateEntity'
  | 'mergeEntities'
  | 'deleteEntity'
  | 'getEntityPage'
  | 'rejectSuggestion'
  | 'suggestEntities'
>;

const fold = (s: string): string => s.trim().toLocaleLowerCase();

function requireEntity(ctx: HandlerContext, id: string): Entity {
  const entity = ctx.store().find('entities', id);
  if (!entity)
    throw new AppError('NOT_FOUND', 'That entity no longer exists (it may have been merged or deleted).');
  return entity;
}

/** Two entities may not share a name: tagging would become ambiguous. */
function assertNameFree(ctx: HandlerContext, name: string, exceptId?: string): void {
  const clash = ctx
    .store()
    .list('entities')
    .find((e) => e.id !== exceptId && namesOf(e).some((n) => fold(n) === fold(name)));
  if (clash) {
    throw new AppError(
      'INVALID_INPUT',
      `“${name}” is already a name of the entity “${clash.name}”. Merge them instead.`,
      {
        entityId: clash.id,
      },
    );
  }
}

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function entityHandlers(ctx: HandlerContext): EntityHandlers {
  return {
    listEntities: async () => {
      const counts = new Map<string, number>();
      for (const h of await ctx.store().highlights.all()) {
        for (const id of h.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return ctx
        .store()
        .list('entities')
        .map((entity) => ({ entity, highlightCount: counts.get(entity.id) ?? 0 }))
        .sort((a, b) => a.entity.name.localeCompare(b.entity.name));
    },

    createEntity: async ({ type, name, aliases, description }) => {
      assertNameFree(ctx, name);
      for (const alias of aliases) assertNameFree(ctx, alias);
      const now = ctx.now();
      const entity: Entity = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        type,
        name,
        aliases: uniteAliases(name, aliases),
        description,
      };
      return ctx.store().add('entities', entity);
    },

    updateEntity: async ({ id, ...changes }) => {
      const current = requireEntity(ctx, id);
      const name = changes.name ?? current.name;
      const aliases = uniteAliases(name, changes.aliases ?? current.aliases);
      for (const n of [name, ...aliases]) assertNameFree(ctx, n, id);
      const next: Entity = {
        ...current,
        type: changes.type ?? current.type,
        name,
        aliases,
        description: changes.description ?? current.description,
        updatedAt: ctx.now(),
      };
      return ctx.store().replace('entities', next);
    },

    mergeEntities: async ({ keepId, mergeId }) => {
      const store = ctx.store();
      const kept = requireEntity(ctx, keepId);
      const merged = requireEntity(ctx, mergeId);
      const now = ctx.now();
      const result = mergeEntities(kept, merged, now);
      const retagged = retagHighlights(await store.highlights.all(), mergeId, keepId, now);
      // Highlights first: if this fails, both entities still exist and nothing points nowhere.
      await Promise.all(retagged.map((h) => store.highlights.put(h.sourceId, h)));
      await store.mutate((file) => {
        file.entities = file.entities
          .filter((e) => e.id !== mergeId)
          .map((e) => (e.id === keepId ? result : e));
        for (const claim of file.claims) if (claim.claimantId === mergeId) claim.claimantId = keepId;
      }, {});
      return result;
    },

    deleteEntity: async ({ id }) => {
      const store = ctx.store();
      requireEntity(ctx, id);
      const now = ctx.now();
      const untagged = (await store.highlights.all())
        .filter((h) => h.entityIds.includes(id))
        .map((h) => ({ ...h, entityIds: h.entityIds.filter((e) => e !== id), updatedAt: now }));
      await Promise.all(untagged.map((h) => store.highlights.put(h.sourceId, h)));
      await store.mutate((file) => {
        file.entities = file.entities.filter((e) => e.id !== id);
        for (const claim of file.claims) if (claim.claimantId === id) claim.claimantId = null;
      }, {});
      return { deleted: true as const };
    },

    getEntityPage: async ({ id, mentionLimit }) => {
      const store = ctx.store();
      const entity = requireEntity(ctx, id);
      const names = namesOf(entity);
      const tagged = (await store.highlights.all()).filter((h) => h.entityIds.includes(id));
      const mentions: EntityMentionView[] = [];
      const perSource = new Map<string, { mentions: number; highlights: number }>();
      let truncated = false;
      const foldedNames = names.map((n) => n.toLocaleLowerCase());
      const pattern = mentionPattern(names);
      for (const { source, text, folded } of pattern ? await store.allTexts() : []) {
        if (!foldedNames.some((n) => folded.includes(n))) continue;
        // Past the listing limit only the per-source counts are needed, which is much cheaper.
        const room = mentionLimit - mentions.length;
        const count = countMentions(folded, foldedNames);
        if (count === 0) continue;
        perSource.set(source.id, { mentions: count, highlights: 0 });
        if (room <= 0) {
          truncated = true;
          continue;
        }
        for (const m of findMentions(text, pattern, room))
          mentions.push({ sourceId: source.id, sourceTitle: source.title, ...m });
        if (count > room) truncated = true;
      }
      for (const h of tagged) {
        const entry = perSource.get(h.sourceId) ?? { mentions: 0, highlights: 0 };
        entry.highlights++;
        perSource.set(h.sourceId, entry);
      }
      const titleOf = (sourceId: string): string => store.sourceById(sourceId)?.title ?? '(removed source)';
      const page: EntityPage = {
        entity,
        highlights: tagged.map((highlight) => ({ highlight, sourceTitle: titleOf(highlight.sourceId) })),
        mentions,
        countsBySource: [...perSource.entries()]
          .map(([sourceId, c]) => ({ sourceId, sourceTitle: titleOf(sourceId), ...c }))
          .sort((a, b) => b.mentions - a.mentions || b.highlights - a.highlights),
        truncated,
      };
      return page;
    },

    suggestEntities: async ({ sourceId }) => {
      const store = ctx.store();
      const source = store.requireSource(sourceId);
      const text = await store.readText(source);
      const rejected = new Set(store.rejectedSuggestions().map(fold));
      const known = new Map<string, string>();
      for (const e of store.list('entities')) for (const n of namesOf(e)) known.set(fold(n), e.id);
      return suggestEntities(text, { title: source.title }).map((s) => {
        const entityId =
          [s.name, ...s.aliases].map((n) => known.get(fold(n))).find((id) => id !== undefined) ?? null;
        const state = entityId ? 'exists' : rejected.has(fold(s.name)) ? 'rejected' : 'new';
        return { name: s.name, type: s.type, count: s.count, aliases: s.aliases, state, entityId };
      });
    },

    rejectSuggestion: async ({ name }) => {
      await ctx.store().mutate((file) => {
        if (!file.rejectedSuggestions.some((n) => fold(n) === fold(name)))
          file.rejectedSuggestions.push(name);
      }, {});
      return { rejected: name };
    },
  };
}
