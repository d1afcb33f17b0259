import { z } from 'zod';
import {
  claimStatuses,
  entityTypes,
  highlightColorSchema,
  highlightSchema,
  idSchema,
  stances,
} from '../model';
import { call } from './callDef';
import type {
  AnchoredHighlights,
  ClaimView,
  EntityPage,
  EntitySuggestionView,
  EntitySummary,
} from './results';
import type { Claim, Entity, Highlight } from '../model';

const shortText = (max: number) => z.string().max(max);
const tagsSchema = z.array(z.string().trim().min(1).max(100)).max(50);
const idsSchema = z.array(idSchema).max(100);

export const highlightCalls = {
  listHighlights: call<AnchoredHighlights>()(
    'The highlights of one source, anchored to its current text, in reading order',
    z.object({ sourceId: idSchema }).strict(),
  ),
  createHighlight: call<Highlight>()(
    'Highlight a passage of a source (offsets into its clean text)',
    z
      .object({
        sourceId: idSchema,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        color: highlightColorSchema.default(1),
        comment: shortText(20_000).default(''),
        tags: tagsSchema.default([]),
        entityIds: idsSchema.default([]),
      })
      .strict()
      .refine((v) => v.end > v.start, { message: 'the selection is empty', path: ['end'] }),
  ),
  updateHighlight: call<Highlight>()(
    'Change a highlight’s colour, comment, tags or entities',
    z
      .object({
        id: idSchema,
        color: highlightColorSchema.optional(),
        comment: shortText(20_000).optional(),
        tags: tagsSchema.optional(),
        entityIds: idsSchema.optional(),
        confidential: z.boolean().optional(),
      })
      .strict(),
  ),
  deleteHighlight: call<{ deleted: Highlight }>()('Delete a highlight', z.object({ id: idSchema }).strict()),
  restoreHighlight: call<Highlight>()(
    'Put back a deleted highlight (undo)',
    z.object({ highlight: highlightSchema }).strict(),
  ),
};

export const entityCalls = {
  listEntities: call<EntitySummary[]>()('Every entity with its highlight count', z.object({}).strict()),
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
  ),
  suggestEntities: call<EntitySuggestionView[]>()(
    'Names found in a source that could become entities',
    z.object({ sourceId: idSchema }).strict(),
  ),
  rejectSuggestion: call<{ rejected: string }>()(
    'Never suggest this name again',
    z.object({ name: z.string().trim().min(1).max(300) }).strict(),
  ),
};

const evidenceInput = z.object({
  highlightId: idSchema,
  stance: z.enum(stances),
  note: shortText(5000).default(''),
});

export const claimCalls = {
  listClaims: call<ClaimView[]>()(
    'The claims board, optionally filtered by status or entity',
    z.object({ status: z.enum(claimStatuses).optional(), entityId: idSchema.optional() }).strict(),
  ),
  createClaim: call<Claim>()(
    'Create a claim, optionally from a highlight',
    z
      .object({
        statement: z.string().trim().min(1).max(2000),
        claimantId: idSchema.nullable().default(null),
        status: z.enum(claimStatuses).default('unverified'),
        evidence: z.array(evidenceInput).max(500).default([]),
      })
      .strict(),
  ),
  updateClaim: call<Claim>()(
    'Change a claim’s statement, claimant or status',
    z
      .object({
        id: idSchema,
        statement: z.string().trim().min(1).max(2000).optional(),
        claimantId: idSchema.nullable().optional(),
        status: z.enum(claimStatuses).optional(),
      })
      .strict(),
  ),
  addEvidence: call<Claim>()(
    'Attach a highlight to a claim with a stance',
    z.object({ claimId: idSchema }).extend(evidenceInput.shape).strict(),
  ),
  removeEvidence: call<Claim>()(
    'Detach a highlight from a claim',
    z.object({ claimId: idSchema, highlightId: idSchema }).strict(),
  ),
  deleteClaim: call<{ deleted: true }>()('Delete a claim', z.object({ id: idSchema }).strict()),
};
