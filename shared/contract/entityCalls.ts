import { z } from 'zod';
import { entityTypes, idSchema, type Entity } from '../model';
import { call } from './callDef';
import { shortText } from './fields';
import type { EntityPage, EntitySuggestionView, EntitySummary } from './results';

export const entityCalls = {
  listEntities: call<EntitySummary[]>()('Every entity with its highlight count', z.object({}).strict(), {
    readOnly: true,
  }),
  createEntity: call<Entity>()(
    'Create a person, organisation, place or other entity',
    z
      .object({
        type: z.enum(entityTypes),
        name: z.string().trim().min(1).max(300),
        aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
        description: shortText(5000).default(''),
      })
      .strict(),
  ),
  updateEntity: call<Entity>()(
    'Rename an entity or change its type, aliases or description',
    z
      .object({
        id: idSchema,
        type: z.enum(entityTypes).optional(),
        name: z.string().trim().min(1).max(300).optional(),
        aliases: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
        description: shortText(5000).optional(),
      })
      .strict(),
  ),
  mergeEntities: call<Entity>()(
    'Merge one entity into another: aliases united, tags moved',
    z
      .object({ keepId: idSchema, mergeId: idSchema })
      .strict()
      .refine((v) => v.keepId !== v.mergeId, { message: 'an entity cannot be merged into itself' }),
  ),
  deleteEntity: call<{ deleted: true }>()(
    'Delete an entity and untag it',
    z.object({ id: idSchema }).strict(),
  ),
  getEntityPage: call<EntityPage>()(
    'An entity with every highlight tagged to it and every mention of its names',
    z.object({ id: idSchema, mentionLimit: z.number().int().positive().max(100_000).default(5000) }).strict(),
    { readOnly: true },
  ),
  suggestEntities: call<EntitySuggestionView[]>()(
    'Names found in a source that could become entities',
    z.object({ sourceId: idSchema }).strict(),
    { readOnly: true },
  ),
  rejectSuggestion: call<{ rejected: string }>()(
    'Never suggest this name again',
    z.object({ name: z.string().trim().min(1).max(300) }).strict(),
  ),
};
