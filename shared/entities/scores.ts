// Evidence for each entity type, added up over cues and mentions.
/** `other` collects evidence for events, laws and documents ("Pinecrest Fire", "Digital Services Act"). */
export type Scores = { person: number; organisation: number; place: number; other: number };

export const zeroScores = (): Scores => ({ person: 0, organisation: 0, place: 0, other: 0 });

/** Adds `b` into `a` in place and returns `a`. */
export function addScores(a: Scores, b: Scores): Scores {
  a.person += b.person;
  a.organisation += b.organisation;
  a.place += b.place;
  a.other += b.other;
  return a;
}

/** The strongest single type score. */
export const topScore = (s: Scores): number => Math.max(s.person, s.organisation, s.place, s.other);
