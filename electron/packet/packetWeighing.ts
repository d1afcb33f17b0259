import type { IndependenceNote, QuestionView } from '../../shared/contract';
import type { EffectiveRating } from '../../shared/claims/reliability';
import type { Weighing } from '../../shared/claims/weighEvidence';
import type { Source } from '../../shared/model';
import type { NotebookContent } from '../../shared/packet/selectContent';
import { buildTimeline, type TimelineItem } from '../../shared/timeline/buildTimeline';
import { questionView, weighingOf } from '../claims/boardViews';
import { contentEvidenceContext } from '../claims/evidenceContext';

/** Why the notebook calls a claim supported or contested, as the packet shows it to an editor. */
export interface PacketWeighing {
  questions: QuestionView[];
  claims: ReadonlyMap<string, Weighing>;
  sources: Array<{ source: Source; rating: EffectiveRating; independence: IndependenceNote }>;
  timeline: TimelineItem[];
}

/**
 * Each of the packet's questions with its answers weighed, each claim's weighing, every source's
 * rating and independence group, and the timeline, all over the packet's content only, through the
 * same functions the claims board uses. Which questions and ratings travel is decided once, by
 * selectWeighing (through selectContent): index.html, the CSVs and records.json all show that choice.
 */
export function weighPacket(content: NotebookContent): PacketWeighing {
  const questions = content.questions ?? [];
  const ratings = content.ratings ?? { sources: [], outlets: [] };
  const ctx = contentEvidenceContext(content, questions, ratings);
  return {
    questions: questions.map((q) => questionView(ctx, q)),
    claims: new Map(content.claims.map((c) => [c.id, weighingOf(ctx, c)])),
    sources: content.sources.map((source) => ({
      source,
      rating: ctx.rating(source.id),
      independence: ctx.independence(source.id),
    })),
    timeline: buildTimeline({
      sources: content.sources,
      highlights: content.highlights,
      claims: content.claims,
      questions,
    }),
  };
}
