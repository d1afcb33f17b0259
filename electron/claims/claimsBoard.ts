import type { ClaimView, QuestionView } from '../../shared/contract';
import type { Claim, Reliability } from '../../shared/model';
import type { NotebookStore } from '../store/notebookStore';
import { memoPerRevision } from '../store/revisionMemo';
import { claimPasses, claimView, entityNames, questionView } from './boardViews';
import { evidenceContext } from './evidenceContext';

export interface BoardFilter {
  status?: Claim['status'];
  entityId?: string;
  rating?: Reliability;
}

/**
 * The whole board, weighed once per notebook revision: opening it again, or filtering it, reads
 * these views; any change to the notebook (a rating, a piece of evidence, a highlight) builds them
 * afresh (see revisionMemo).
 */
const wholeBoard = memoPerRevision(async (store: NotebookStore) => {
  const evidence = await evidenceContext(store);
  const names = entityNames(store.list('entities'));
  return {
    evidence,
    claims: store.list('claims').map((c) => claimView(evidence, c, names)),
    questions: store.list('questions').map((q) => questionView(evidence, q)),
  };
});

/** The claims board: questions with their answers side by side and every claim, filtered. */
export async function claimsBoard(
  store: NotebookStore,
  filter: BoardFilter,
): Promise<{ questions: QuestionView[]; claims: ClaimView[] }> {
  const { evidence, claims, questions } = await wholeBoard(store);
  if (filter.status === undefined && filter.entityId === undefined && filter.rating === undefined)
    return { questions, claims };
  const passing = claims.filter((v) => claimPasses(evidence, v.claim, filter));
  const passingIds = new Set(passing.map((v) => v.claim.id));
  return {
    questions: questions.filter((q) =>
      q.question.answers.some((a) => a.claimId && passingIds.has(a.claimId)),
    ),
    claims: passing,
  };
}
