import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, toErrorShape } from '../../shared/errors';
import { quoteReportHtml, reportLine, STATUS_WORDS, type QuoteReport } from '../../shared/quotes';
import type { DiffPart } from '../../shared/similarity/wordDiff';
import { checkDraft, checkNote } from '../quotes/checkQuotes';
import { NotebookSession } from '../session/notebookSession';

type Print = (line: string) => void;

export const QUOTE_USAGE = `  check-quotes --notebook DIR (--note ID | --draft FILE) [--json] [--html REPORT.html]
                                            check every quotation (exit 0 only when all are exact)`;

/** A diff as text: [-source words-]{+quotation words+}. */
const diffText = (parts: readonly DiffPart[]): string =>
  parts
    .map((p) => (p.op === 'same' ? p.text : p.op === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
    .join('');

function printReport(report: QuoteReport, json: boolean, print: Print): void {
  for (const finding of report.findings) {
    const line = reportLine(report, finding);
    if (json) {
      print(JSON.stringify(line));
      continue;
    }
    print(`${STATUS_WORDS[line.status]}: “${line.quote}”`);
    if (line.sourceTitle)
      print(`    source: ${line.sourceTitle}${finding.match ? '' : ' (elsewhere in the notebook)'}`);
    if (line.diff) print(`    changes: ${diffText(line.diff)}`);
  }
  if (!json) {
    const c = report.counts;
    print(
      `${report.findings.length} quotations: ${c.exact} exact, ${c.differs} differ, ${c['not-found']} not found, ${c.uncited} without a citation.`,
    );
  }
}

/** `check-quotes`: exit 0 when every quotation is exact, 1 when any is not, 2 on bad input (thrown). */
export async function runCheckQuotes(argv: string[], print: Print = (l) => console.log(l)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      notebook: { type: 'string' },
      note: { type: 'string' },
      draft: { type: 'string' },
      json: { type: 'boolean', default: false },
      html: { type: 'string' },
    },
  });
  if (!values.notebook || !values.note === !values.draft)
    throw new AppError('USAGE', 'Usage: check-quotes --notebook DIR (--note ID | --draft FILE) [--json]');
  let draft: Uint8Array | null = null;
  if (values.draft) {
    draft = await readFile(values.draft).catch(() => {
      throw new AppError('USAGE', `There is no draft at ${values.draft ?? ''}.`);
    });
  }
  const session = await NotebookSession.open({
    notebookDir: values.notebook,
    userDataDir: null,
    create: false,
  });
  try {
    const store = session.notebook;
    const report = await (
      draft && values.draft
        ? checkDraft(store, draft, basename(values.draft))
        : checkNote(store, values.note ?? '')
    ).catch((error: unknown) => {
      // A draft this app cannot read, or a note that is not there, is bad input (exit 2).
      const shape = toErrorShape(error);
      if (shape.code === 'INVALID_INPUT' || shape.code === 'NOT_FOUND' || shape.code === 'IMPORT_FAILED')
        throw new AppError('USAGE', shape.message);
      throw error;
    });
    printReport(report, values.json, print);
    if (values.html) await writeFile(values.html, quoteReportHtml(report, new Date().toISOString()));
    return report.findings.every((f) => f.status === 'exact') ? 0 : 1;
  } finally {
    await session.close();
  }
}
