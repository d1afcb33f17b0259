import { outletKey, RELIABILITY_LABEL } from '../claims/reliability';
import { newId } from '../ids';
import type { Answer, Question, Rating, Ratings, Source } from '../model';
import { guardedMerge, type GuardedMerge } from './guardedMerge';
import { common, mergeKind, type KindRules, type MergePlan } from './mergeKind';

const MAX_ANSWERS = 50;
const folded = (text: string): string => text.trim().toLocaleLowerCase();

/**
 * The packet's answers in the notebook's terms: one the notebook's question already has (same id and
 * content, same claim, or the same free text) becomes the notebook's own answer, so only new answers
 * differ; a new answer whose id the notebook uses for another answer gets a fresh id.
 */
function alignAnswers(mine: readonly Answer[], theirs: readonly Answer[]): Answer[] {
  const byId = new Map(mine.map((a) => [a.id, a]));
  const byClaim = new Map(mine.flatMap((a) => (a.claimId ? [[a.claimId, a] as const] : [])));
  const byText = new Map(mine.flatMap((a) => (a.claimId ? [] : [[folded(a.text), a] as const])));
  return theirs.map((a) => {
    const same = byId.get(a.id);
    if (same && same.claimId === a.claimId && folded(same.text) === folded(a.text)) return same;
    const twin = a.claimId ? byClaim.get(a.claimId) : byText.get(folded(a.text));
    if (twin) return twin;
    return same ? { ...a, id: newId() } : a;
  });
}

/** Same question on both sides: the packet's new answers join yours (if its copy is newer), none is lost. */
function mergeQuestion(
  current: Question,
  incoming: Question,
  incomingNewer: boolean,
): GuardedMerge<Question> {
  const aligned = { ...incoming, answers: alignAnswers(current.answers, incoming.answers) };
  const result = guardedMerge(current, aligned, { incomingNewer });
  // A question holds at most 50 answers: past that, yours stay as they are and the difference is listed.
  if (result.merged.answers.length <= MAX_ANSWERS) return result;
  const fields = result.fields.map((f) =>
    f.field === 'answers' ? { ...f, outcome: 'kept-yours' as const } : f,
  );
  const merged = { ...result.merged, answers: current.answers };
  return { merged, fields, changed: fields.some((f) => f.outcome !== 'kept-yours') };
}

/**
 * Merges the packet's questions: matched by id, or by their text under another id (linked); the same
 * id with other text is a conflict kept both ways, as for every record. Answers on claims follow the
 * claims' renames (`claimId` maps a packet claim to where it ended up in the notebook).
 */
export function mergeQuestions(
  plan: MergePlan,
  existing: readonly Question[],
  incoming: readonly Question[],
  claimId: (id: string) => string | null,
): { add: Question[]; update: Question[] } {
  const remapped = incoming.map((q) => {
    const seen = new Set<string>();
    const answers = q.answers.flatMap((a) => {
      const to = a.claimId === null ? null : claimId(a.claimId);
      if (to !== null && seen.has(to)) return [];
      if (to !== null) seen.add(to);
      return a.claimId !== null && to === null ? [] : [{ ...a, claimId: to }];
    });
    return { ...q, answers };
  });
  const rules: KindRules<Question> = {
    ...common<Question>(),
    kind: 'question',
    content: (q) => folded(q.text),
    label: (q) => q.text.slice(0, 80),
    merge: mergeQuestion,
  };
  return mergeKind(plan, rules, existing, remapped, new Map());
}

const inWords = (r: Rating): string =>
  r.reason ? `${RELIABILITY_LABEL[r.rating]}: ${r.reason}` : RELIABILITY_LABEL[r.rating];

/** Where both sides rated the same thing differently: yours stays, and the difference is listed. */
function keptYours(plan: MergePlan, id: string, label: string, yours: Rating, theirs: Rating): void {
  if (yours.rating === theirs.rating && yours.reason === theirs.reason) {
    plan.unchangedCount++;
    return;
  }
  const field = {
    field: 'rating',
    outcome: 'kept-yours' as const,
    yours: inWords(yours),
    theirs: inWords(theirs),
  };
  plan.changes.push({ kind: 'rating', id, label, fields: [field] });
}

/**
 * Merges the packet's reliability ratings into the notebook's. A rating the notebook lacks is added;
 * where the notebook already rates the same outlet, or the same source (its own rating or, failing
 * that, its outlet's), the reporter's rating stays and a different one is listed as a difference:
 * an import never changes how the reporter rated a source. `sourceId` maps a packet source to
 * where it ended up; `sources` are the notebook's and the packet's (for names and outlets).
 */
export function mergeRatings(
  plan: MergePlan,
  existing: Ratings,
  incoming: Ratings,
  sourceId: (id: string) => string,
  sources: ReadonlyMap<string, Pick<Source, 'title' | 'site'>>,
): Ratings {
  const add: Ratings = { sources: [], outlets: [] };
  const outlets = new Map(existing.outlets.map((r) => [r.outlet, r]));
  for (const r of incoming.outlets) {
    const mine = outlets.get(r.outlet);
    if (mine) keptYours(plan, r.outlet, `Outlet ${r.outlet}`, mine, r);
    else {
      add.outlets.push(r);
      plan.added.ratings++;
    }
  }
  const own = new Map(existing.sources.map((r) => [r.sourceId, r]));
  for (const r of incoming.sources) {
    const id = sourceId(r.sourceId);
    const source = sources.get(id);
    const key = outletKey(source?.site);
    const mine = own.get(id) ?? (key === null ? undefined : outlets.get(key));
    if (mine) keptYours(plan, id, source?.title ?? id, mine, r);
    else {
      own.set(id, r);
      add.sources.push({ ...r, sourceId: id });
      plan.added.ratings++;
    }
  }
  return add;
}
