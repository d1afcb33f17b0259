import { outletKey } from '../../shared/claims/reliability';
import type { Claim, Question, Ratings, Source } from '../../shared/model';
import { rejectPacket, unique } from './packetRejected';

/**
 * What the schema cannot say about a packet's questions and ratings: ids listed once, every answer
 * on a claim the packet carries, every source rating on a source it carries, and outlets named by
 * the key the notebook rates them under (anything else would be a rating no source ever finds).
 */
export function checkWeighing(
  weighing: { questions: readonly Question[]; ratings: Ratings },
  claims: readonly Claim[],
  sources: readonly Source[],
): void {
  const { questions, ratings } = weighing;
  unique(
    'question',
    questions.map((q) => q.id),
  );
  const claimIds = new Set(claims.map((c) => c.id));
  for (const q of questions) {
    unique(
      'answer',
      q.answers.map((a) => a.id),
    );
    const stray = q.answers.find((a) => a.claimId !== null && !claimIds.has(a.claimId));
    if (stray)
      rejectPacket(
        'invalid-data',
        `The packet was refused: an answer to question ${q.id} names a claim it does not carry.`,
      );
  }
  unique(
    'source rating of',
    ratings.sources.map((r) => r.sourceId),
  );
  const sourceIds = new Set(sources.map((s) => s.id));
  const unrated = ratings.sources.find((r) => !sourceIds.has(r.sourceId));
  if (unrated)
    rejectPacket(
      'invalid-data',
      `The packet was refused: it rates source ${unrated.sourceId}, which it does not carry.`,
    );
  unique(
    'outlet rating of',
    ratings.outlets.map((r) => r.outlet),
  );
  const odd = ratings.outlets.find((r) => outletKey(r.outlet) !== r.outlet);
  if (odd)
    rejectPacket(
      'invalid-data',
      'The packet was refused: it rates an outlet under a name in an unknown form.',
    );
}
