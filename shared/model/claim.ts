import { z } from 'zod';
import { idSchema, recordFields } from './common';

export const claimStatuses = ['unverified', 'supported', 'disputed', 'refuted', 'mixed'] as const;
export const stances = ['supports', 'contradicts', 'context'] as const;

export const evidenceSchema = z.object({
  highlightId: idSchema,
  stance: z.enum(stances),
  note: z.string(),
});

export const claimSchema = z.object({
  ...recordFields,
  statement: z.string().min(1),
  claimantId: idSchema.nullable(),
  status: z.enum(claimStatuses),
  evidence: z.array(evidenceSchema),
});
export type Claim = z.infer<typeof claimSchema>;
