import type { Weighing } from '../../shared/claims/weighEvidence';
import type { AnswerView, ClaimView, EvidenceView, QuestionView } from '../../shared/contract';
import type { Claim, Entity, Question, Reliability } from '../../shared/model';
import type { EvidenceContext } from './evidenceContext';

/** A claim's weighing: as an answer of its question when it has one (rivals count against it), else alone. */
export function weighingOf(ctx: EvidenceContext, claim: Claim): Weighing {
  const question = ctx.questionOf(claim.id);
  const at = question ? question.answers.findIndex((a) => a.claimId === claim.id) : -1;
  const asAnswer = question && at >= 0 ? ctx.weighQuestion(question).answers[at] : undefined;
  return asAnswer ?? ctx.weighClaim(claim);
}

export function evidenceViews(ctx: EvidenceContext, claim: Claim): EvidenceView[] {
  return claim.evidence.map((e) => {
    const h = ctx.highlight(e.highlightId);
    const source = h ? ctx.source(h.sourceId) : undefined;
    return {
      ...e,
      quote: h?.quote.exact ?? null,
      sourceId: h?.sourceId ?? null,
      sourceTitle: source?.title ?? null,
      site: source?.site ?? null,
      rating: source ? ctx.rating(source.id) : null,
      suggestedRating: source ? ctx.suggested(source.id) : null,
      independence: source ? ctx.independence(source.id) : null,
    };
  });
}

export function claimView(
  ctx: EvidenceContext,
  claim: Claim,
  entityName: (id: string) => string | null,
): ClaimView {
  const w = weighingOf(ctx, claim);
  return {
    claim,
    claimantName: claim.claimantId ? entityName(claim.claimantId) : null,
    evidence: evidenceViews(ctx, claim),
    contested: w.contested,
    suggestedStatus: w.suggestedStatus,
    support: w.support,
    against: w.against,
    questionId: ctx.questionOf(claim.id)?.id ?? null,
  };
}

export function questionView(ctx: EvidenceContext, question: Question): QuestionView {
  const weighed = ctx.weighQuestion(question);
  const answers: AnswerView[] = question.answers.map((answer, i) => {
    const claim = answer.claimId ? ctx.claimById(answer.claimId) : undefined;
    const w = weighed.answers[i] ?? ctx.weighClaim({ evidence: [] });
    return {
      answer,
      statement: claim?.statement ?? answer.text,
      status: claim?.status ?? null,
      support: w.support,
      against: w.against,
      suggestedStatus: w.suggestedStatus,
    };
  });
  return { question, answers, contested: weighed.contested };
}

/** Whether a claim passes the board's filters (status as the reporter set it, entity, rating of some evidence). */
export function claimPasses(
  ctx: EvidenceContext,
  claim: Claim,
  filter: { status?: Claim['status']; entityId?: string; rating?: Reliability },
): boolean {
  if (filter.status && claim.status !== filter.status) return false;
  const highlights = claim.evidence.map((e) => ctx.highlight(e.highlightId));
  if (
    filter.entityId &&
    claim.claimantId !== filter.entityId &&
    !highlights.some((h) => h?.entityIds.includes(filter.entityId ?? ''))
  )
    return false;
  if (filter.rating && !highlights.some((h) => h && ctx.rating(h.sourceId).rating === filter.rating))
    return false;
  return true;
}

export const entityNames = (entities: readonly Entity[]) => {
  const byId = new Map(entities.map((e) => [e.id, e.name]));
  return (id: string) => byId.get(id) ?? null;
};
