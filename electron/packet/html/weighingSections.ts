import { RELIABILITY_LABEL } from '../../../shared/claims/reliability';
import type { SideTally } from '../../../shared/contract';
import type { PacketWeighing } from '../packetWeighing';
import { escapeHtml as e } from './escapeHtml';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const tally = (s: SideTally) =>
  s.sources === 0 ? 'none' : `${plural(s.sources, 'source')}, ${s.independent} independent`;

/** Questions with their rival answers side by side: independent support each way and the suggested status. */
export function questionsSection(w: PacketWeighing): string {
  if (w.questions.length === 0) return '<p class="muted">No questions in this packet.</p>';
  return w.questions
    .map((q) => {
      const rows = q.answers
        .map(
          (a) =>
            `<tr><td>${a.answer.claimId ? `<a href="#claim-${a.answer.claimId}">${e(a.statement)}</a>` : e(a.statement)}</td><td>${e(tally(a.support))}</td><td>${e(tally(a.against))}</td><td>${e(a.suggestedStatus)}${a.status ? ` <span class="muted">(reporter: ${e(a.status)})</span>` : ''}</td></tr>`,
        )
        .join('');
      return `<article class="question" id="question-${q.question.id}"><h3>${e(q.question.text)}${q.contested ? ' <span class="muted">— contested</span>' : ''}</h3>
<table><thead><tr><th>Answer</th><th>For</th><th>Against</th><th>Evidence suggests</th></tr></thead><tbody>${rows}</tbody></table></article>`;
    })
    .join('\n');
}

/** Every source's rating and where it stands among copies ("rewrite of …", counted once). */
export function reliabilitySection(w: PacketWeighing): string {
  if (w.sources.length === 0) return '<p class="muted">No sources in this packet.</p>';
  const titles = new Map(w.sources.map(({ source }) => [source.id, source.title || 'Untitled source']));
  const rows = w.sources
    .map(({ source, rating, independence }) => {
      const from = rating.from === 'outlet' ? ' (outlet)' : rating.from === 'none' ? ' (not rated)' : '';
      const copy =
        independence.originalId === null
          ? independence.groupSize > 1
            ? `Probable original of ${independence.groupSize} sources`
            : 'Independent'
          : `${independence.relation === 'same-outlet' ? 'Same outlet as' : 'Rewrite of'} <a href="#src-${independence.originalId}">${e(titles.get(independence.originalId) ?? '')}</a>; counted once`;
      return `<tr><td><a href="#src-${source.id}">${e(source.title || 'Untitled source')}</a>${source.site ? `<br><span class="muted">${e(source.site)}</span>` : ''}</td><td>${e(RELIABILITY_LABEL[rating.rating])}${from}${rating.reason ? `<br><span class="muted">${e(rating.reason)}</span>` : ''}</td><td>${copy}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Source</th><th>Reliability</th><th>Independence</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Dated sources, passages and claims in order, each leading to its passage or source. */
export function timelineSection(w: PacketWeighing): string {
  if (w.timeline.length === 0) return '<p class="muted">Nothing dated in this packet.</p>';
  const rows = w.timeline
    .map((i) => {
      const target = i.highlightId ? `#h-${i.highlightId}` : i.sourceId ? `#src-${i.sourceId}` : null;
      const label = i.kind === 'highlight' ? `<q>${e(i.label)}</q>` : e(i.label);
      return `<tr><td>${i.approximate ? '≈ ' : ''}${e(i.date)}</td><td>${e(i.kind)}</td><td>${target ? `<a href="${target}">${label}</a>` : label}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th>Date</th><th>What</th><th>Item</th></tr></thead><tbody>${rows}</tbody></table>`;
}
