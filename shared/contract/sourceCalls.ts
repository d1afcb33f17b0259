import { z } from 'zod';
import { idSchema, type Source } from '../model';
import { call } from './callDef';
import type { SourceComparison, SourceDetails } from './results';

export const sourceCalls = {
  getSourceDetails: call<SourceDetails>()(
    'Provenance, metadata with where each value came from, removed text and similar sources',
    z.object({ id: idSchema }).strict(),
  ),
  updateSourceMetadata: call<Source>()(
    'Correct a source’s metadata; corrected values are marked as yours',
    z
      .object({
        id: idSchema,
        title: z.string().trim().min(1).max(1000).optional(),
        authors: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
        site: z.string().trim().max(300).nullable().optional(),
        publishedAt: z
          .string()
          .trim()
          .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'use a date such as 2026-03-14')
          .nullable()
          .optional(),
        url: z
          .url({ protocol: /^https?$/ })
          .nullable()
          .optional(),
        language: z.string().trim().max(20).nullable().optional(),
        tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
        confidential: z.boolean().optional(),
      })
      .strict(),
  ),
  restoreRemovedBlock: call<Source>()(
    'Put a removed block back into the article: where it stood, or at the start or end; highlights re-anchor',
    z
      .object({
        id: idSchema,
        index: z.number().int().nonnegative(),
        at: z.enum(['start', 'end', 'original']),
      })
      .strict(),
  ),
  markNotPartOfArticle: call<{ source: Source; removedIndex: number }>()(
    'Move the paragraphs of a selection to the removed text (undo: restore it where it stood)',
    z
      .object({ id: idSchema, start: z.number().int().nonnegative(), end: z.number().int().positive() })
      .strict()
      .refine((v) => v.end > v.start, { message: 'select some text' }),
  ),
  compareSources: call<SourceComparison>()(
    'Two sources side by side with the differing words marked',
    z
      .object({ leftId: idSchema, rightId: idSchema })
      .strict()
      .refine((v) => v.leftId !== v.rightId, { message: 'choose two different sources' }),
  ),
};
