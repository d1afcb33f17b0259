import { z } from 'zod';
import { idSchema, recordFields } from './common';

/** W3C Web Annotation TextQuoteSelector. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

/** W3C Web Annotation TextPositionSelector (offsets into the clean text, in UTF-16 code units). */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, 'end must be after start');

export const highlightColorSchema = z.number().int().min(1).max(5);

export const highlightSchema = z.object({
  ...recordFields,
  sourceId: idSchema,
  color: highlightColorSchema,
  comment: z.string(),
  tags: z.array(z.string()),
  entityIds: z.array(idSchema),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
  confidential: z.boolean(),
});
export type Highlight = z.infer<typeof highlightSchema>;
