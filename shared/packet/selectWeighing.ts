import { outletKey } from '../claims/reliability';
import type { Claim, Question, Ratings, Source } from '../model';

/**
 * The questions and ratings a packet carries, chosen to match its claims and sources. An answer
 * naming a claim the packet leaves out is dropped (its text could tell what was withheld), and so is
 * a question left with no answer on a packet claim, unless the whole notebook is exported: then
 * questions that stand alone with free-text answers travel too. Ratings travel for the packet's
 * sources and their outlets only, so a rating never names a source that was left out.
 */
export function selectWeighing(
  all: { questions?: readonly Question[]; ratings?: Ratings },
  kept: { claims: readonly Claim[]; sources: readonly Source[] },
  whole: boolean,
): { questions: Question[]; ratings: Ratings } {
  const claimIds = new Set(kept.claims.map((c) => c.id));
  const questions = (all.questions ?? []).flatMap((q) => {
    const answers = q.answers.filter((a) => a.claimId === null || claimIds.has(a.claimId));
    const onClaims = answers.some((a) => a.claimId !== null);
    if (!onClaims && !whole) return [];
    return [answers.length === q.answers.length ? q : { ...q, answers }];
  });
  const sourceIds = new Set(kept.sources.map((s) => s.id));
  const outlets = new Set(kept.sources.flatMap((s) => outletKey(s.site) ?? []));
  return {
    questions,
    ratings: {
      sources: (all.ratings?.sources ?? []).filter((r) => sourceIds.has(r.sourceId)),
      outlets: (all.ratings?.outlets ?? []).filter((r) => outlets.has(r.outlet)),
    },
  };
}
