import type { DiffPart } from '../similarity/wordDiff';
import { reportLine, STATUS_WORDS, type QuoteReport } from './quoteReport';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Everything from the note, draft or sources is text: escaped, never markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

function diffHtml(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.op === 'same'
        ? escapeHtml(p.text)
        : p.op === 'added'
          ? `<ins title="in the quotation, not in the source">${escapeHtml(p.text)}</ins>`
          : `<del title="in the source, not in the quotation">${escapeHtml(p.text)}</del>`,
    )
    .join('');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
li{margin:1rem 0;padding:.5rem .75rem;border-left:4px solid #777;list-style:none}
li.exact{border-color:#2e7d32}li.differs{border-color:#b26a00}li.not-found,li.uncited{border-color:#b3261e}
ins{background:#fde7c8;text-decoration:none}del{background:#f6d3d0}.status{font-weight:600}`;

/**
 * The report as a self-contained HTML page to hand to an editor: no script, no outside resource,
 * every piece of text escaped.
 */
export function quoteReportHtml(report: QuoteReport, createdAt: string): string {
  const c = report.counts;
  const items = report.findings.map((f) => {
    const line = reportLine(report, f);
    const where = line.sourceTitle
      ? `<p>Source: ${escapeHtml(line.sourceTitle)}${f.match ? '' : ' (found elsewhere in the notebook)'}</p>`
      : '<p>No source in the notebook has these words.</p>';
    const source = line.sourceText ? `<p>Source says: “${escapeHtml(line.sourceText)}”</p>` : '';
    const diff = line.diff ? `<p>Changes: ${diffHtml(line.diff)}</p>` : '';
    const notes = [
      f.orphaned ? 'The cited highlight no longer sits on its passage.' : '',
      f.missing ? 'The cited source or highlight is no longer in the notebook.' : '',
    ]
      .filter(Boolean)
      .map((n) => `<p>${escapeHtml(n)}</p>`)
      .join('');
    return `<li class="${f.status}"><p class="status">${escapeHtml(STATUS_WORDS[f.status])}</p><blockquote>${escapeHtml(f.quote)}</blockquote>${where}${source}${diff}${notes}</li>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Quote check: ${escapeHtml(report.subject)}</title><style>${STYLE}</style></head>
<body><h1>Quote check: ${escapeHtml(report.subject)}</h1>
<p>Checked ${escapeHtml(createdAt)}. ${report.findings.length} quotations: ${c.exact} exact, ${c.differs} differ from the source, ${c['not-found']} not found, ${c.uncited} without a citation.</p>
<ol>${items.join('\n')}</ol></body></html>
`;
}
