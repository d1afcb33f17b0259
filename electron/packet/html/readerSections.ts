import type { Claim, Entity, Highlight, Source } from '../../../shared/model';
import { stances } from '../../../shared/model/claim';
import { quoteText, referenceText } from '../../../shared/packet/noteCitations';
import { escapeHtml as e } from './escapeHtml';
import { pushTo } from './pushTo';
import type { NoteQuotes } from '../noteQuotes';
import { citationAnchor, noteHtml, type CitationUse } from './noteHtml';
import { quoteSummaryHtml } from './quoteHtml';
import type { ReaderIndex, ReaderInput, ReaderNote } from './renderReader';
import { sourceTextHtml } from './sourceTextHtml';
import { textDirection } from '../../../shared/text/textDirection';
import { noteTitle } from '../../../shared/notes/noteFacts';

const short = (text: string, max = 140): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One note with its numbered references; records where each citation sits for back links. */
export function noteSection(
  note: ReaderNote,
  backlinks: Map<string, Array<CitationUse & { title: string }>>,
  quotes?: NoteQuotes,
  titles: (id: string) => string = (id) => id,
): string {
  const { html, uses } = noteHtml(quotes?.marked ?? note.doc, note.cite, note.slug);
  for (const use of uses) {
    const list = backlinks.get(use.anchor) ?? [];
    if (!list.some((u) => u.citeId.startsWith(`cite-${note.slug}-`) && u.number === use.number))
      list.push({ ...use, title: note.meta.title });
    backlinks.set(use.anchor, list);
  }
  const refs = [...note.cite.values()]
    .sort((a, b) => a.number - b.number)
    .map((c) => {
      const quote = quoteText(c.item);
      return `<li id="ref-${note.slug}-${c.number}" value="${c.number}">${quote ? `<q>${e(quote)}</q> — ` : ''}${e(referenceText(c.item))} <a href="#${citationAnchor(c)}">Open the ${c.item.highlight ? 'passage' : 'source'}</a></li>`;
    })
    .join('\n');
  return `<article class="note" id="note-${note.slug}">
<h2>${e(noteTitle(note.meta.title))}</h2>
<p class="meta">Last edited ${e(note.meta.updatedAt)} · <a href="notes/${note.slug}.md">Markdown</a> · <a href="notes/${note.slug}.docx">Word</a></p>
${html}
${quoteSummaryHtml(quotes, titles)}
${refs ? `<h3>References</h3>\n<ol class="refs">\n${refs}\n</ol>` : ''}
</article>`;
}

/** The claims table: each claim with its evidence grouped by stance, then by source. */
export function claimsSection(claims: readonly Claim[], input: ReaderInput): string {
  if (claims.length === 0) return '<p class="muted">No claims in this packet.</p>';
  const byId = new Map(input.content.highlights.map((h) => [h.id, h]));
  const sources = new Map(input.content.sources.map((s) => [s.id, s]));
  const entities = new Map(input.content.entities.map((x) => [x.id, x]));
  const cell = (claim: Claim, stance: string): string => {
    const groups = new Map<string, string[]>();
    for (const ev of claim.evidence.filter((x) => x.stance === stance)) {
      const h = byId.get(ev.highlightId);
      if (!h) continue;
      const item = `<li><a href="#h-${h.id}">“${e(short(h.quote.exact))}”</a>${ev.note ? ` <span class="muted">${e(ev.note)}</span>` : ''}</li>`;
      pushTo(groups, h.sourceId, item);
    }
    return [...groups]
      .map(
        ([sid, items]) =>
          `<div><a href="#src-${sid}"><b>${e(sources.get(sid)?.title ?? 'Source')}</b></a><ul>${items.join('')}</ul></div>`,
      )
      .join('');
  };
  const rows = claims.map((c) => {
    const claimant = c.claimantId ? entities.get(c.claimantId) : undefined;
    const who = claimant
      ? `<br><span class="muted">Claimed by <a href="#ent-${claimant.id}">${e(claimant.name)}</a></span>`
      : '';
    return `<tr id="claim-${c.id}"><td>${e(c.statement)}${who}<br><span class="muted">Status: ${e(c.status)}</span></td>${stances.map((s) => `<td>${cell(c, s)}</td>`).join('')}</tr>`;
  });
  return `<table><thead><tr><th>Claim</th><th>Supports</th><th>Contradicts</th><th>Context</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** The entity index: alphabetical, each with the passages that name it and the claims it made. */
export function entitiesSection(entities: readonly Entity[], input: ReaderInput): string {
  if (entities.length === 0) return '<p class="muted">No entities in this packet.</p>';
  const mentions = new Map<string, Highlight[]>();
  for (const h of input.content.highlights) for (const id of h.entityIds) pushTo(mentions, id, h);
  const titles = new Map(input.content.sources.map((s) => [s.id, s.title]));
  const claimsBy = new Map<string, Claim[]>();
  for (const c of input.content.claims) if (c.claimantId) pushTo(claimsBy, c.claimantId, c);
  return [...entities]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((x) => {
      const hs = (mentions.get(x.id) ?? []).map(
        (h) =>
          `<li><a href="#h-${h.id}">“${e(short(h.quote.exact, 100))}”</a> <span class="muted">— ${e(titles.get(h.sourceId) ?? '')}</span></li>`,
      );
      const claims = (claimsBy.get(x.id) ?? []).map(
        (c) => `<li><a href="#claim-${c.id}">${e(short(c.statement))}</a></li>`,
      );
      return `<div class="entity" id="ent-${x.id}"><h3>${e(x.name)} <span class="muted">(${e(x.type)})</span></h3>
${x.aliases.length ? `<p class="muted">Also: ${e(x.aliases.join(', '))}</p>` : ''}${x.description ? `<p>${e(x.description)}</p>` : ''}
${hs.length ? `<h4>Passages</h4><ul>${hs.join('')}</ul>` : ''}${claims.length ? `<h4>Claims made</h4><ul>${claims.join('')}</ul>` : ''}</div>`;
    })
    .join('\n');
}

function provenance(s: Source, ext: string): string {
  const rows: Array<[string, string]> = [
    ['Authors', s.authors.join(', ')],
    ['Site', s.site ?? ''],
    ['Published', s.publishedAt ? `${s.publishedAt}${s.publishedApproximate ? ' (approximate)' : ''}` : ''],
    ['Address', s.url ?? ''],
    ['Canonical address', s.canonicalUrl ?? ''],
    ['Language', s.language ?? ''],
    ['Tags', s.tags.join(', ')],
    ['Captured', s.capturedAt],
    ['Kind', s.kind],
    ['Importer', `${s.importer.name} ${s.importer.version}`],
    [
      'Original file',
      [s.original.fileName, s.original.url, s.original.mediaType, `${s.original.size} bytes`]
        .filter(Boolean)
        .join(' · '),
    ],
    ['Original SHA-256', s.original.sha256],
    ['Text SHA-256', s.textSha256],
    [
      'Metadata from',
      Object.entries(s.metadataSources)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    ],
    ['Import notes', s.importNotes.join(' ')],
    ['Confidential', s.confidential ? 'yes' : ''],
  ];
  const dl = rows
    .filter(([, v]) => v.length > 0)
    .map(([k, v]) => `<dt>${e(k)}</dt><dd>${/SHA-256/.test(k) ? `<code>${e(v)}</code>` : e(v)}</dd>`)
    .join('');
  return `<dl class="fields provenance">${dl}</dl>
<p class="meta"><a href="sources/${s.id}/text.txt">Clean text</a> · <a href="sources/${s.id}/original.${ext}">Original file${ext.endsWith('.txt') && ext !== 'txt' ? ' (its code shown as text, never run)' : ''}</a> · <a href="sources/${s.id}/source.json">Record</a></p>`;
}

/** One source: metadata and provenance, its text with highlights marked, and a card per highlight. */
export function sourceSection(
  s: Source,
  input: ReaderInput,
  index: ReaderIndex,
  backlinks: ReadonlyMap<string, Array<CitationUse & { title: string }>>,
): string {
  const { entityNames: entities, evidenceOf } = index;
  const highlights = index.highlightsOf.get(s.id) ?? [];
  const pinned = new Set(
    highlights
      .filter((h) => h.comment || h.tags.length || h.entityIds.length || evidenceOf.has(h.id))
      .map((h) => h.id),
  );
  const cards = highlights.map((h) => {
    const cited = (backlinks.get(`h-${h.id}`) ?? []).map(
      (u) => `<a href="#${u.citeId}">${e(u.title)} [${u.number}]</a>`,
    );
    const bits = [
      h.comment ? `<p>${e(h.comment)}</p>` : '',
      h.tags.length ? `<p class="muted">Tags: ${e(h.tags.join(', '))}</p>` : '',
      h.entityIds.length
        ? `<p class="muted">Names: ${h.entityIds.map((id) => `<a href="#ent-${id}">${e(entities.get(id) ?? id)}</a>`).join(', ')}</p>`
        : '',
      evidenceOf.has(h.id)
        ? `<p class="muted">Evidence for: ${(evidenceOf.get(h.id) ?? []).map((c) => `<a href="#claim-${c.id}">${e(short(c.statement, 80))}</a>`).join('; ')}</p>`
        : '',
      cited.length ? `<p class="muted">Cited in: ${cited.join(', ')}</p>` : '',
    ].join('');
    if (input.orphaned?.has(h.id))
      return `<div class="card orphan" id="hl-${h.id}"><p id="h-${h.id}"><strong>Orphaned:</strong> this passage is no longer in the text, so it is not marked.</p>“${e(short(h.quote.exact, 200))}”${bits}</div>`;
    return `<div class="card" id="hl-${h.id}"><a href="#h-${h.id}">“${e(short(h.quote.exact, 200))}”</a>${bits}</div>`;
  });
  const sourceCited = (backlinks.get(`src-${s.id}`) ?? []).map(
    (u) => `<a href="#${u.citeId}">${e(u.title)} [${u.number}]</a>`,
  );
  return `<section class="source" id="src-${s.id}">
<h3>${e(s.title || 'Untitled source')}</h3>
${provenance(s, input.originalExt.get(s.id) ?? 'bin')}
${sourceCited.length ? `<p class="muted">Cited in: ${sourceCited.join(', ')}</p>` : ''}
<div class="text" dir="${textDirection(s.language)}"${s.language ? ` lang="${e(s.language)}"` : ''}>${sourceTextHtml(
    input.texts.get(s.id) ?? '',
    highlights.filter((h) => !input.orphaned?.has(h.id)),
    pinned,
  )}</div>
${cards.length ? `<h4>Highlights</h4>\n${cards.join('\n')}` : ''}
</section>`;
}
