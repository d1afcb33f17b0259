import { groupByIndependence } from '../../shared/claims/independence';
import { RELIABILITY_WEIGHT, ratingLookup, type EffectiveRating } from '../../shared/claims/reliability';
import {
  groupIndex,
  weighAnswers,
  weighClaim,
  type EvidenceRef,
  type Weighing,
} from '../../shared/claims/weighEvidence';
import type { IndependenceNote } from '../../shared/contract';
import type { Claim, Highlight, Question, Ratings, Reliability, Source } from '../../shared/model';
import type { NotebookStore } from '../store/notebookStore';
import { memoPerRevision } from '../store/revisionMemo';
import { evidenceWorld, type EvidenceWorld } from './evidenceWorld';

/**
 * Everything the claims board and the packet need to weigh evidence, gathered once per request:
 * the evidence's highlights and sources, independence groups over every source with evidence
 * (from the similarity links and outlets), ratings, and the rating suggested for spun copies.
 * Each fact comes from its owner: groups from shared/claims/independence, status from
 * suggestStatus (through weighEvidence), likeness from the similarity store.
 */
export interface EvidenceContext {
  highlight(id: string): Highlight | undefined;
  source(id: string): Source | undefined;
  rating(sourceId: string): EffectiveRating;
  suggested(sourceId: string): Reliability | null;
  independence(sourceId: string): IndependenceNote;
  refs(claim: Pick<Claim, 'evidence'>): EvidenceRef[];
  weighClaim(claim: Pick<Claim, 'evidence'>): Weighing;
  weighQuestion(question: Question): { answers: Weighing[]; contested: boolean };
  claimById(id: string): Claim | undefined;
  /** The question a claim answers, if any. */
  questionOf(claimId: string): Question | undefined;
}

/**
 * The notebook's evidence context, built once per notebook revision (see revisionMemo): the board,
 * the ratings list and a rating's answer share it until something changes. Its costly part, the
 * evidence world (highlights, sources, groups, ratings), is kept across revisions while its inputs
 * are unchanged (see evidenceWorld); the claims and questions are weighed against it afresh, and
 * its weighings are remembered inside it, so they last exactly one revision.
 */
export const evidenceContext = memoPerRevision(async (store: NotebookStore) =>
  contextOf({
    claims: store.list('claims'),
    questions: store.list('questions'),
    ...(await evidenceWorld(store)),
  }),
);

/**
 * The same weighing over a packet's content alone: groups only among the packet's sources (so no
 * left-out source is named as an original), the notebook's ratings, no suggestions.
 */
export function contentEvidenceContext(
  content: { claims: readonly Claim[]; highlights: readonly Highlight[]; sources: readonly Source[] },
  questions: readonly Question[],
  ratings: Ratings,
): EvidenceContext {
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  return contextOf({
    claims: content.claims,
    questions,
    highlights: new Map(content.highlights.map((h) => [h.id, h])),
    sources,
    groups: groupByIndependence(content.sources),
    lookup: ratingLookup(ratings),
    suggestions: new Map(),
  });
}

interface Parts extends EvidenceWorld {
  claims: readonly Claim[];
  questions: readonly Question[];
}

function contextOf(p: Parts): EvidenceContext {
  const groupOf = groupIndex(p.groups);
  const memberOf = new Map(p.groups.flatMap((g) => g.members.map((m) => [m.sourceId, { g, m }] as const)));
  const claimById = new Map(p.claims.map((c) => [c.id, c]));
  const questionOfClaim = new Map(
    p.questions.flatMap((q) => q.answers.flatMap((a) => (a.claimId ? [[a.claimId, q] as const] : []))),
  );
  // Memoised: the board asks for the same source's rating many times (per side, per answer).
  const ratings = new Map<string, EffectiveRating>();
  const rating = (id: string): EffectiveRating => {
    let found = ratings.get(id);
    if (!found) ratings.set(id, (found = p.lookup(id, p.sources.get(id)?.site ?? null)));
    return found;
  };
  const weighedQuestions = new Map<string, { answers: Weighing[]; contested: boolean }>();
  const weightOf = (id: string) => RELIABILITY_WEIGHT[rating(id).rating];
  const refs = (claim: Pick<Claim, 'evidence'>): EvidenceRef[] =>
    claim.evidence.map((e) => ({
      sourceId: p.highlights.get(e.highlightId)?.sourceId ?? null,
      stance: e.stance,
    }));
  return {
    highlight: (id) => p.highlights.get(id),
    source: (id) => p.sources.get(id),
    rating,
    suggested: (id) => p.suggestions.get(id) ?? null,
    independence: (id) => {
      const found = memberOf.get(id);
      if (!found || found.m.of === null)
        return {
          relation: 'original',
          originalId: null,
          originalTitle: null,
          groupSize: found?.g.members.length ?? 1,
        };
      const original = p.sources.get(found.m.of);
      return {
        relation: found.m.relation,
        originalId: found.m.of,
        originalTitle: original?.title || 'Untitled',
        groupSize: found.g.members.length,
      };
    },
    refs,
    weighClaim: (claim) => weighClaim(refs(claim), groupOf, weightOf),
    weighQuestion: (q) => {
      const known = weighedQuestions.get(q.id);
      if (known) return known;
      const answers = q.answers.map((a) => {
        const claim = a.claimId ? claimById.get(a.claimId) : undefined;
        return claim ? refs(claim) : [];
      });
      const weighed = weighAnswers(answers, groupOf, weightOf);
      weighedQuestions.set(q.id, weighed);
      return weighed;
    },
    claimById: (id) => claimById.get(id),
    questionOf: (id) => questionOfClaim.get(id),
  };
}
