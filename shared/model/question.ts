import { z } from 'zod';
import { idSchema, recordFields, timestampSchema } from './common';

/**
 * One answer to a question: either a claim of the notebook (whose evidence is the answer's) or,
 * for a question that stands alone, free text with no evidence yet.
 */
export const answerSchema = z.object({
  id: idSchema,
  text: z.string().min(1).max(2000),
  claimId: idSchema.nullable(),
});
export type Answer = z.infer<typeof answerSchema>;

/** A question with rival answers: evidence for one answer counts against the others. */
export const questionSchema = z.object({
  ...recordFields,
  text: z.string().min(1).max(2000),
  answers: z.array(answerSchema).max(50),
});
export type Question = z.infer<typeof questionSchema>;

/** How far a source can be trusted, strongest first; "derivative" covers content farms and spun copies. */
export const reliabilityRatings = [
  'primary',
  'official',
  'wire',
  'established',
  'unknown',
  'derivative',
] as const;
export type Reliability = (typeof reliabilityRatings)[number];

/** The reporter's rating of one source, or of every source from one outlet, with the reason. */
export const ratingSchema = z.object({
  rating: z.enum(reliabilityRatings),
  reason: z.string().max(2000),
  ratedAt: timestampSchema,
});
export type Rating = z.infer<typeof ratingSchema>;

/** Lists rather than maps keyed by id or name, so no key from disk can touch an object's prototype. */
export const ratingsSchema = z.object({
  /** A source's own rating wins over its outlet's. */
  sources: z.array(ratingSchema.extend({ sourceId: idSchema })).default([]),
  /** By outlet key (see `outletKey` in shared/claims/reliability.ts). */
  outlets: z.array(ratingSchema.extend({ outlet: z.string().min(1).max(300) })).default([]),
});
export type Ratings = z.infer<typeof ratingsSchema>;
