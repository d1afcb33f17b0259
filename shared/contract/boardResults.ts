import type { SideTally } from '../claims/weighEvidence';
import type { EffectiveRating } from '../claims/reliability';
import type { Relation } from '../claims/independence';
import type { Answer, Claim, Question, Reliability } from '../model';
import type { TimelineItem } from '../timeline/buildTimeline';

export type { SideTally, EffectiveRating, Relation, TimelineItem };

/** Where a piece of evidence stands among copies: the probable original, or a copy of which source. */
export interface IndependenceNote {
  relation: Relation;
  /** The probable original's id and title, for a copy ("rewrite of …"); null for the original. */
  originalId: string | null;
  originalTitle: string | null;
  /** How many sources share its group (1 when it stands alone). */
  groupSize: number;
}

/** One answer of a question card: the claim behind it, and its independent support. */
export interface AnswerView {
  answer: Answer;
  /** The claim's statement and status when the answer is a claim. */
  statement: string;
  status: Claim['status'] | null;
  support: SideTally;
  against: SideTally;
  suggestedStatus: Claim['status'];
}

export interface QuestionView {
  question: Question;
  answers: AnswerView[];
  contested: boolean;
}

/** A source's rating for the rating controls: as it stands, what the notebook suggests, and its outlet. */
export interface SourceRatingView {
  sourceId: string;
  title: string;
  site: string | null;
  rating: EffectiveRating;
  suggested: Reliability | null;
}

export interface TimelineResult {
  items: Array<TimelineItem & { sourceTitle: string | null; claimantName: string | null }>;
  /** Items before filtering. */
  total: number;
  /** Every tag some item carries, for the filter. */
  tags: string[];
}
