// Picks an entity type from accumulated evidence; weak or absent evidence means "other".
import type { EntityType } from './entitySuggestion';
import type { Scores } from './scores';

const MIN_EVIDENCE = 1;

/** The best-supported type; on a tie organisation beats person beats place. */
export function decideType(scores: Scores): EntityType {
  const best = Math.max(scores.person, scores.organisation, scores.place);
  if (best < MIN_EVIDENCE || scores.other > best) return 'other';
  if (scores.organisation === best) return 'organisation';
  if (scores.person === best) return 'person';
  return 'place';
}
