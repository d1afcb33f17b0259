import { reportLine, STATUS_WORDS, type QuoteFinding, type QuoteStatus } from '../../../shared/quotes';
import type { DiffPart } from '../../../shared/similarity/wordDiff';
import type { NoteQuotes } from '../noteQuotes';
import { escapeHtml as e } from './escapeHtml';

/** The start tag of a checked quotation's piece; the last piece also gets a status badge after it. */
export function quoteMarkHtml(status: QuoteStatus, inner: string, last: boolean): string {
  const words = STATUS_WORDS[status] ?? status;
  const badge = last ? `<sup class="q-badge q-${status}">${e(words)}</sup>` : '';
  return `<span class="q q-${status}" title="${e(words)}">${inner}</span>${badge}`;
}

const diffHtml = (parts: readonly DiffPart[]): string =>
  parts
    .map((p) =>
      p.op === 'same' ? e(p.text) : p.op === 'added' ? `<ins>${e(p.text)}</ins>` : `<del>${e(p.text)}</del>`,
    )
    .join('');

function problemItem(f: QuoteFinding, titles: (id: string) => string): string {
  const line = reportLine(
    { subject: '', findings: [], titles: {}, counts: { exact: 0, differs: 0, 'not-found': 0, uncited: 0 } },
    f,
  );
  const source = line.sourceId ? titles(line.sourceId) : null;
  const where = source ? ` — ${f.match ? '' : 'found elsewhere: '}${e(source)}` : '';
  const said = line.sourceText ? `<br>Source: “${e(line.sourceText)}”` : '';
  const diff = line.diff ? `<br>Changes: ${diffHtml(line.diff)}` : '';
  const orphan = f.orphaned ? '<br>The cited highlight no longer sits on its passage.' : '';
  return `<li class="q-${f.status}"><strong>${e(STATUS_WORDS[f.status])}</strong>: “${e(f.quote)}”${where}${said}${diff}${orphan}</li>`;
}

/** A note's quote check in the packet: the counts, and every quotation that is not exact. */
export function quoteSummaryHtml(quotes: NoteQuotes | undefined, titles: (id: string) => string): string {
  if (!quotes || quotes.findings.length === 0) return '';
  const n = (status: QuoteStatus): number => quotes.findings.filter((f) => f.status === status).length;
  const problems = quotes.findings.filter((f) => f.status !== 'exact');
  return `<section class="quote-check" aria-label="Quote check">
<h3>Quote check at export</h3>
<p>${quotes.findings.length} quotations: ${n('exact')} exact, ${n('differs')} differ from the source, ${n('not-found')} not found in the cited source, ${n('uncited')} without a citation.</p>
${problems.length ? `<ul>${problems.map((f) => problemItem(f, titles)).join('\n')}</ul>` : ''}
</section>`;
}
