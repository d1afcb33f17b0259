import { countStatuses, type QuoteFinding, type QuoteStatus } from './quoteStatus';

/** A checked note or draft: every quotation's finding, and the titles of the sources they name. */
export interface QuoteReport {
  /** What was checked ("Note: …", "Draft: story.docx"). */
  subject: string;
  findings: QuoteFinding[];
  titles: Record<string, string>;
  counts: Record<QuoteStatus, number>;
}

export function makeReport(
  subject: string,
  findings: QuoteFinding[],
  titleOf: (id: string) => string | null,
): QuoteReport {
  const titles: Record<string, string> = {};
  for (const f of findings) {
    for (const id of [f.match?.sourceId, f.elsewhere?.sourceId, f.citation?.sourceId]) {
      const title = id ? titleOf(id) : null;
      if (id && title !== null) titles[id] = title;
    }
  }
  return { subject, findings, titles, counts: countStatuses(findings) };
}

/** One line of `check-quotes --json`: the passage the notebook has for the quotation, or nulls. */
export interface QuoteLine {
  quote: string;
  status: QuoteStatus;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceText: string | null;
  diff: { op: 'same' | 'added' | 'removed'; text: string }[] | null;
}

/** The best passage a finding names: its match, or for a note's quotation not in its source, the one elsewhere. */
export function reportLine(report: QuoteReport, f: QuoteFinding): QuoteLine {
  const best = f.match ?? f.elsewhere;
  const sourceId = best?.sourceId ?? null;
  return {
    quote: f.quote,
    status: f.status,
    sourceId,
    sourceTitle: sourceId ? (report.titles[sourceId] ?? null) : null,
    sourceText: best?.text ?? null,
    diff: f.match ? f.diff : (f.elsewhere?.diff ?? null),
  };
}

/** Words for a status, as a reporter reads them. */
export const STATUS_WORDS: Record<QuoteStatus, string> = {
  exact: 'Exact',
  differs: 'Differs from the source',
  'not-found': 'Not in the cited source',
  uncited: 'No citation',
};

/** A note's quote problems as a Markdown section for the packet's copy of the note ('' when all are exact). */
export function quoteCheckMarkdown(findings: readonly QuoteFinding[]): string {
  const problems = findings.filter((f) => f.status !== 'exact');
  if (problems.length === 0) return '';
  const lines = problems.map((f) => {
    const best = f.match ?? f.elsewhere;
    const said = best ? ` The source says: “${best.text.replace(/\s+/g, ' ')}”.` : '';
    return `- ${STATUS_WORDS[f.status]}: “${f.quote.replace(/\s+/g, ' ')}”.${said}`;
  });
  return `\n## Quote check at export\n\n${lines.join('\n')}\n`;
}

/** A note's open quote problems, for the note list (every quotation but the exact ones). */
export interface NoteQuoteProblems {
  noteId: string;
  quotations: number;
  problems: number;
}
