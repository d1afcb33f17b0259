import { z } from 'zod';
import { claimStatuses, idSchema, reliabilityRatings, type Question } from '../model';
import { call } from './callDef';
import { shortText, tagsSchema } from './fields';
import type { ClaimView } from './results';
import type { QuestionView, SourceRatingView, TimelineResult } from './boardResults';

const questionText = z.string().trim().min(1).max(2000);
const reason = shortText(2000).default('');
const rating = z.enum(reliabilityRatings).nullable();

/** Questions with rival answers, reliability ratings and the timeline (issue 18). */
export const questionCalls = {
  getClaimsBoard: call<{ questions: QuestionView[]; claims: ClaimView[] }>()(
    'The claims board: questions with their answers side by side, and every claim, filtered by status, entity or rating',
    z
      .object({
        status: z.enum(claimStatuses).optional(),
        entityId: idSchema.optional(),
        rating: z.enum(reliabilityRatings).optional(),
      })
      .strict(),
    { readOnly: true },
  ),
  createQuestion: call<Question>()(
    'Create a question, with existing claims and free-text answers',
    z
      .object({
        text: questionText,
        claimIds: z.array(idSchema).max(50).default([]),
        answers: z.array(questionText).max(50).default([]),
      })
      .strict(),
  ),
  updateQuestion: call<Question>()(
    'Reword a question',
    z.object({ id: idSchema, text: questionText }).strict(),
  ),
  addAnswer: call<Question>()(
    'Add an answer to a question: a claim (moved from any other question) or free text',
    z
      .object({ questionId: idSchema, claimId: idSchema.optional(), text: questionText.optional() })
      .strict()
      .refine((v) => (v.claimId === undefined) !== (v.text === undefined), 'give either a claim or a text'),
  ),
  removeAnswer: call<Question>()(
    'Take an answer off a question (its claim stays)',
    z.object({ questionId: idSchema, answerId: idSchema }).strict(),
  ),
  deleteQuestion: call<{ deleted: true }>()(
    'Delete a question (its claims stay)',
    z.object({ id: idSchema }).strict(),
  ),
  listSourceRatings: call<SourceRatingView[]>()(
    'Ratings of the given sources (or of every source with evidence), with suggestions',
    z.object({ sourceIds: z.array(idSchema).max(1000).optional() }).strict(),
    { readOnly: true },
  ),
  rateSource: call<SourceRatingView>()(
    'Rate one source’s reliability with a reason (null clears it)',
    z.object({ sourceId: idSchema, rating, reason }).strict(),
  ),
  rateOutlet: call<{ outlet: string }>()(
    'Rate every source of one outlet with a reason (null clears it)',
    z.object({ site: z.string().trim().min(1).max(300), rating, reason }).strict(),
  ),
  getTimeline: call<TimelineResult>()(
    'Dated sources, highlights and claims in date order, filtered by entity, claim, question or tag',
    z
      .object({
        entityId: idSchema.optional(),
        claimId: idSchema.optional(),
        questionId: idSchema.optional(),
        tag: tagsSchema.element.optional(),
      })
      .strict(),
    { readOnly: true },
  ),
};
