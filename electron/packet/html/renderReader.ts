import { createHash } from 'node:crypto';
import type { Claim, DocNode, Highlight, NoteMeta } from '../../../shared/model';
import { describeLeftOut } from '../../../shared/packet/describeLeftOut';
import type { LeftOut } from '../../../shared/packet/manifest';
import type { NumberedCitation } from '../../../shared/packet/noteCitations';
import type { NotebookContent } from '../../../shared/packet/selectContent';
import type { NoteQuotes } from '../noteQuotes';
import { escapeHtml as e } from './escapeHtml';
import { pushTo } from './pushTo';
import type { CitationUse } from './noteHtml';
import { READER_CSS, splitHighlightCss, splitHighlightIds } from './readerAssets';
import { claimsSection, entitiesSection, noteSection, sourceSection } from './readerSections';
import { questionsSection, reliabilitySection, timelineSection } from './weighingSections';
import type { PacketWeighing } from '../packetWeighing';
import { noteTitle } from '../../../shared/notes/noteFacts';

export interface ReaderNote {
  meta: NoteMeta;
  doc: DocNode;
  slug: string;
  cite: Map<string, NumberedCitation>;
}

export interface ReaderInput {
  title: string;
  createdAt: string;
  appVersion: string;
  leftOut: LeftOut;
  content: NotebookContent;
  notes: readonly ReaderNote[];
  texts: ReadonlyMap<string, string>;
  originalExt: ReadonlyMap<string, string>;
  /** Highlights that no longer sit on their text: listed as orphaned, never marked. */
  orphaned?: ReadonlySet<string>;
  /** Each note's quotations as checked at export, by note id. */
  quotes?: ReadonlyMap<string, NoteQuotes>;
  /** Questions, ratings, independence groups and the timeline; left out when not given. */
  weighing?: PacketWeighing;
}

/** Lookups built once for the whole page. */
export interface ReaderIndex {
  entityNames: Map<string, string>;
  evidenceOf: Map<string, Claim[]>;
  highlightsOf: Map<string, Highlight[]>;
}

const hashOf = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy the page carries: nothing may load from anywhere, no script runs; only this page's own
 * style sheet (by hash) applies. Links to the packet's files still open, as navigation.
 */
export function readerCsp(css: string): string {
  return [
    "default-src 'none'",
    `style-src ${hashOf(css)}`,
    "script-src 'none'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Questions, reliability and timeline: why the notebook calls a claim supported or contested. */
function weighingSections(w: PacketWeighing | undefined): string {
  if (!w) return '';
  return `<section id="questions"><h2>Questions</h2>
<p class="muted">Evidence for one answer counts against the others. Sources that copy one another (near-duplicates, rewrites, one outlet repeating itself) count once.</p>
${questionsSection(w)}
</section>
<section id="reliability"><h2>Reliability and independence</h2>
${reliabilitySection(w)}
</section>
<section id="timeline"><h2>Timeline</h2>
<p class="muted">≈ marks a date worked out from words such as “on Tuesday”.</p>
${timelineSection(w)}
</section>`;
}

function leftOutNotice(leftOut: LeftOut): string {
  const said = describeLeftOut(leftOut);
  return said ? `<p class="notice">Left out of this packet: ${e(said)}.</p>` : '';
}

/**
 * index.html: a self-contained offline reader. Notes with numbered citations that are plain anchors
 * to the cited passage (highlighted by `:target`), the claims table, the entity index, and every
 * source with its provenance and marked-up text. Works with scripting off; loads nothing.
 */
export function renderReader(input: ReaderInput): string {
  const index: ReaderIndex = { entityNames: new Map(), evidenceOf: new Map(), highlightsOf: new Map() };
  for (const x of input.content.entities) index.entityNames.set(x.id, x.name);
  for (const c of input.content.claims)
    for (const ev of c.evidence) pushTo(index.evidenceOf, ev.highlightId, c);
  for (const h of input.content.highlights) pushTo(index.highlightsOf, h.sourceId, h);

  const backlinks = new Map<string, Array<CitationUse & { title: string }>>();
  const titleOf = new Map(input.content.sources.map((s) => [s.id, s.title || 'Untitled source']));
  const titles = (id: string): string => titleOf.get(id) ?? 'a source not in this packet';
  const notes = input.notes
    .map((n) => noteSection(n, backlinks, input.quotes?.get(n.meta.id), titles))
    .join('\n');
  const sources = input.content.sources.map((s) => sourceSection(s, input, index, backlinks)).join('\n');
  const toc = input.notes
    .map((n) => `<li><a href="#note-${n.slug}">${e(noteTitle(n.meta.title))}</a></li>`)
    .join('');
  // Ids are UUIDs the packet checks, so they are safe inside the CSS and its selectors.
  const css = READER_CSS + splitHighlightCss(splitHighlightIds(sources));
  const sourceList = input.content.sources
    .map(
      (s) =>
        `<li><a href="#src-${s.id}">${e(s.title || 'Untitled source')}</a>${s.site ? ` <span class="muted">— ${e(s.site)}</span>` : ''}</li>`,
    )
    .join('');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(readerCsp(css))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(input.title)}</title>
<style>${css}</style>
</head>
<body>
<header class="top"><nav><a href="#notes">Notes</a><a href="#claims">Claims</a>${input.weighing ? '<a href="#questions">Questions</a><a href="#reliability">Reliability</a><a href="#timeline">Timeline</a>' : ''}<a href="#entities">Entities</a><a href="#sources">Sources</a></nav></header>
<main>
<h1>${e(input.title)}</h1>
<p class="meta">Research packet made ${e(input.createdAt)} by Research Notebook ${e(input.appVersion)}. ${input.content.sources.length} sources, ${input.content.highlights.length} highlights, ${input.notes.length} notes. Check it with <code>research-notebook verify</code>.</p>
${leftOutNotice(input.leftOut)}
<section id="notes"><h2>Notes</h2>${toc ? `<ul>${toc}</ul>` : '<p class="muted">No notes in this packet.</p>'}
${notes}
</section>
<section id="claims"><h2>Claims</h2>
${claimsSection(input.content.claims, input)}
</section>${weighingSections(input.weighing)}
<section id="entities"><h2>Entities</h2>
${entitiesSection(input.content.entities, input)}
</section>
<section id="sources"><h2>Sources</h2>
<ol>${sourceList}</ol>
${sources}
</section>
</main>
</body>
</html>
`;
}
