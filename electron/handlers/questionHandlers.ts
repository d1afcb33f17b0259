import type { HandlersOf, SourceRatingView } from '../../shared/contract';
import { outletKey } from '../../shared/claims/reliability';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Answer, Question } from '../../shared/model';
import { claimsBoard } from '../claims/claimsBoard';
import { evidenceContext, type EvidenceContext } from '../claims/evidenceContext';
import { timelineOf } from '../claims/timeline';
import type { HandlerContext } from './context';

type QuestionHandlers = HandlersOf<
  | 'getClaimsBoard'
  | 'createQuestion'
  | 'updateQuestion'
  | 'addAnswer'
  | 'removeAnswer'
  | 'deleteQuestion'
  | 'listSourceRatings'
  | 'rateSource'
  | 'rateOutlet'
  | 'getTimeline'
>;

function requireQuestion(ctx: HandlerContext, id: string): Question {
  const question = ctx.store().find('questions', id);
  if (!question) throw new AppError('NOT_FOUND', 'That question no longer exists.');
  return question;
}

function claimAnswer(ctx: HandlerContext, claimId: string): Answer {
  const claim = ctx.store().find('claims', claimId);
  if (!claim) throw new AppError('NOT_FOUND', 'That claim no longer exists.');
  return { id: newId(), text: claim.statement.slice(0, 2000), claimId };
}

/** A claim answers one question at most: adding it to one takes it off any other. */
async function releaseClaims(
  ctx: HandlerContext,
  claimIds: readonly string[],
  keep: string | null,
): Promise<void> {
  const store = ctx.store();
  for (const q of store.list('questions')) {
    if (q.id === keep || !q.answers.some((a) => a.claimId && claimIds.includes(a.claimId))) continue;
    const answers = q.answers.filter((a) => !a.claimId || !claimIds.includes(a.claimId));
    await store.replace('questions', { ...q, answers, updatedAt: ctx.now() });
  }
}

function ratingView(evidence: EvidenceContext, ctx: HandlerContext, sourceId: string): SourceRatingView {
  const source = ctx.store().requireSource(sourceId);
  return {
    sourceId,
    title: source.title,
    site: source.site,
    rating: evidence.rating(sourceId),
    suggested: evidence.suggested(sourceId),
  };
}

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function questionHandlers(ctx: HandlerContext): QuestionHandlers {
  return {
    getClaimsBoard: async (filter) => claimsBoard(ctx.store(), filter),

    createQuestion: async ({ text, claimIds, answers }) => {
      const claimAnswers = [...new Set(claimIds)].map((id) => claimAnswer(ctx, id));
      if (claimAnswers.length + answers.length > 50)
        throw new AppError('INVALID_INPUT', 'A question can have at most 50 answers.');
      const now = ctx.now();
      const question: Question = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        text,
        answers: [...claimAnswers, ...answers.map((a) => ({ id: newId(), text: a, claimId: null }))],
      };
      await releaseClaims(ctx, claimIds, null);
      return ctx.store().add('questions', question);
    },

    updateQuestion: async ({ id, text }) =>
      ctx.store().replace('questions', { ...requireQuestion(ctx, id), text, updatedAt: ctx.now() }),

    addAnswer: async ({ questionId, claimId, text }) => {
      const current = requireQuestion(ctx, questionId);
      if (claimId && current.answers.some((a) => a.claimId === claimId)) return current;
      if (current.answers.length >= 50)
        throw new AppError('INVALID_INPUT', 'A question can have at most 50 answers.');
      const answer = claimId ? claimAnswer(ctx, claimId) : { id: newId(), text: text ?? '', claimId: null };
      if (claimId) await releaseClaims(ctx, [claimId], questionId);
      return ctx.store().replace('questions', {
        ...requireQuestion(ctx, questionId),
        answers: [...current.answers, answer],
        updatedAt: ctx.now(),
      });
    },

    removeAnswer: async ({ questionId, answerId }) => {
      const current = requireQuestion(ctx, questionId);
      const answers = current.answers.filter((a) => a.id !== answerId);
      return ctx.store().replace('questions', { ...current, answers, updatedAt: ctx.now() });
    },

    deleteQuestion: async ({ id }) => {
      requireQuestion(ctx, id);
      await ctx.store().removeRecord('questions', id);
      return { deleted: true as const };
    },

    listSourceRatings: async ({ sourceIds }) => {
      const store = ctx.store();
      const evidence = await evidenceContext(store);
      const ids = sourceIds ?? [
        ...new Set(
          store
            .list('claims')
            .flatMap((c) => evidence.refs(c).flatMap((r) => (r.sourceId ? [r.sourceId] : []))),
        ),
      ];
      return ids.filter((id) => store.sourceById(id)).map((id) => ratingView(evidence, ctx, id));
    },

    rateSource: async ({ sourceId, rating, reason }) => {
      const store = ctx.store();
      store.requireSource(sourceId);
      const current = store.ratings();
      const others = current.sources.filter((r) => r.sourceId !== sourceId);
      const own = rating ? [{ sourceId, rating, reason, ratedAt: ctx.now() }] : [];
      await store.replaceRatings({ ...current, sources: [...others, ...own] });
      return ratingView(await evidenceContext(store), ctx, sourceId);
    },

    rateOutlet: async ({ site, rating, reason }) => {
      const store = ctx.store();
      const outlet = outletKey(site);
      if (!outlet) throw new AppError('INVALID_INPUT', 'Name the outlet to rate.');
      const current = store.ratings();
      const others = current.outlets.filter((r) => r.outlet !== outlet);
      const own = rating ? [{ outlet, rating, reason, ratedAt: ctx.now() }] : [];
      await store.replaceRatings({ ...current, outlets: [...others, ...own] });
      return { outlet };
    },

    getTimeline: async (filter) => timelineOf(ctx.store(), filter),
  };
}
