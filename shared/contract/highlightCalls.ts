import { z } from 'zod';
import { highlightColorSchema, highlightSchema, idSchema } from '../model';
import { call } from './callDef';
import type { AnchoredHighlights } from './results';
import type { Highlight } from '../model';
import { idsSchema, shortText, tagsSchema } from './fields';

export const highlightCalls = {
  listHighlights: call<AnchoredHighlights>()(
    'The highlights of one source, anchored to its current text, in reading order',
    z.object({ sourceId: idSchema }).strict(),
    { readOnly: true },
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
