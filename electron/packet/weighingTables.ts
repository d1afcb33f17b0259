import { RELIABILITY_LABEL } from '../../shared/claims/reliability';
import { toCsv } from '../../shared/packet/csv';
import type { PacketWeighing } from './packetWeighing';

/** questions.csv: one row per answer, with its independent support on each side and the suggested status. */
export function questionsCsv(w: PacketWeighing): string {
  const header = [
    'question_id',
    'question',
    'contested',
    'answer_id',
    'answer',
    'claim_id',
    'support_sources',
    'support_independent',
    'against_sources',
    'against_independent',
    'suggested_status',
    'reporter_status',
  ];
  const rows = w.questions.flatMap((q) =>
    q.answers.map((a) => [
      q.question.id,
      q.question.text,
      q.contested,
      a.answer.id,
      a.statement,
      a.answer.claimId ?? '',
      a.support.sources,
      a.support.independent,
      a.against.sources,
      a.against.independent,
      a.suggestedStatus,
      a.status ?? '',
    ]),
  );
  return toCsv(header, rows);
}

/** reliability.csv: every source's rating (own or its outlet's, with the reason) and its independence group. */
export function reliabilityCsv(w: PacketWeighing): string {
  const header = [
    'source_id',
    'source_title',
    'outlet',
    'published',
    'rating',
    'rated_as',
    'reason',
    'relation',
    'probable_original_id',
    'group_size',
  ];
  const rows = w.sources.map(({ source, rating, independence }) => [
    source.id,
    source.title,
    source.site ?? '',
    source.publishedAt ?? '',
    RELIABILITY_LABEL[rating.rating],
    rating.from,
    rating.reason,
    independence.relation,
    independence.originalId ?? source.id,
    independence.groupSize,
  ]);
  return toCsv(header, rows);
}

/** timeline.csv: dated sources, passages and claims, earliest first. */
export function timelineCsv(w: PacketWeighing): string {
  const header = ['date', 'approximate', 'kind', 'label', 'source_id', 'highlight_id', 'claim_ids'];
  const rows = w.timeline.map((i) => [
    i.date,
    i.approximate,
    i.kind,
    i.label,
    i.sourceId ?? '',
    i.highlightId ?? '',
    i.claimIds.join(' '),
  ]);
  return toCsv(header, rows);
}
