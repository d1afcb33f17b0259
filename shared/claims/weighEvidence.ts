import type { Claim } from '../model';
import { suggestStatus } from './claimStatus';
import type { IndependenceGroup } from './independence';

type Stance = Claim['evidence'][number]['stance'];

/** One piece of evidence as weighing sees it: which source, which way. Deleted highlights have no source. */
export interface EvidenceRef {
  sourceId: string | null;
  stance: Stance;
}

/** One side of a claim: "3 sources, 2 independent", and what they weigh together. */
export interface SideTally {
  sources: number;
  independent: number;
  weight: number;
}

export interface Weighing {
  support: SideTally;
  against: SideTally;
  /** Independent evidence on both sides. */
  contested: boolean;
  suggestedStatus: Claim['status'];
}

/** Per source: the probable original of its group (sources not in any group stand alone). */
export function groupIndex(groups: readonly IndependenceGroup[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const g of groups) for (const m of g.members) index.set(m.sourceId, g.originalId);
  return index;
}

function tally(
  sourceIds: ReadonlySet<string>,
  groupOf: ReadonlyMap<string, string>,
  weightOf: (sourceId: string) => number,
): SideTally {
  const best = new Map<string, number>();
  for (const id of sourceIds) {
    const group = groupOf.get(id) ?? id;
    best.set(group, Math.max(best.get(group) ?? 0, weightOf(id)));
  }
  let weight = 0;
  for (const w of best.values()) weight += w;
  return { sources: sourceIds.size, independent: best.size, weight };
}

/**
 * Weighs supporting against contradicting evidence: each independent group counts once, with
 * the weight of its best-rated member on that side; the suggested status comes from
 * suggestStatus alone. Context evidence weighs nothing.
 */
export function weighSides(
  support: readonly (string | null)[],
  against: readonly (string | null)[],
  groupOf: ReadonlyMap<string, string>,
  weightOf: (sourceId: string) => number,
): Weighing {
  const known = (ids: readonly (string | null)[]) => new Set(ids.filter((id): id is string => id !== null));
  const s = tally(known(support), groupOf, weightOf);
  const a = tally(known(against), groupOf, weightOf);
  return {
    support: s,
    against: a,
    contested: s.independent > 0 && a.independent > 0,
    suggestedStatus: suggestStatus(s.weight, a.weight),
  };
}

const sourcesWith = (evidence: readonly EvidenceRef[], stance: Stance) =>
  evidence.filter((e) => e.stance === stance).map((e) => e.sourceId);

/** A claim on its own: its supporting against its contradicting evidence. */
export function weighClaim(
  evidence: readonly EvidenceRef[],
  groupOf: ReadonlyMap<string, string>,
  weightOf: (sourceId: string) => number,
): Weighing {
  return weighSides(
    sourcesWith(evidence, 'supports'),
    sourcesWith(evidence, 'contradicts'),
    groupOf,
    weightOf,
  );
}

/**
 * Rival answers: evidence supporting one answer counts against every other. Each answer is
 * weighed with its own supporting evidence against its contradicting evidence plus the other
 * answers' supporting evidence. The question is contested when two answers or more have
 * independent support, or when one answer is contested on its own.
 */
export function weighAnswers(
  answers: ReadonlyArray<readonly EvidenceRef[]>,
  groupOf: ReadonlyMap<string, string>,
  weightOf: (sourceId: string) => number,
): { answers: Weighing[]; contested: boolean } {
  const supports = answers.map((evidence) => sourcesWith(evidence, 'supports'));
  const weighed = answers.map((evidence, i) => {
    const rivals = supports.flatMap((ids, j) => (j === i ? [] : ids));
    return weighSides(
      supports[i] ?? [],
      [...sourcesWith(evidence, 'contradicts'), ...rivals],
      groupOf,
      weightOf,
    );
  });
  const backed = weighed.filter((w) => w.support.independent > 0).length;
  return { answers: weighed, contested: backed >= 2 || weighed.some((w) => w.contested) };
}
