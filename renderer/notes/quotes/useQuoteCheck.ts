import type { Editor } from '@tiptap/core';
import { useCallback, useState } from 'react';
import type { Api } from '../../../shared/contract';
import type { DocNode } from '../../../shared/model';
import {
  flatToPos,
  flattenNote,
  locateFinding,
  type QuoteFinding,
  type QuoteReport,
} from '../../../shared/quotes';
import { errorMessage } from '../../transport/errorMessage';
import { changeInBackground, focusNow } from '../editor/backgroundChange';

/** A checked quotation and where it is in the editor now. */
export interface QuoteItem {
  finding: QuoteFinding;
  from: number | null;
  to: number | null;
}

export type QuoteCheckState =
  | { status: 'idle' | 'checking' }
  /** `stale`: a fix was asked for a quotation that had changed since the check; nothing was replaced. */
  | { status: 'done'; report: QuoteReport; items: QuoteItem[]; stale?: boolean }
  | { status: 'error'; error: string };

// Long because: the check, its editor flags and its three fixes share one state and editor handle.
/**
 * "Check quotes" for the open note: saves it, asks the notebook to check every quotation, maps
 * each back to the editor, flags the problems in the text, and offers the fixes.
 */
export function useQuoteCheck(
  api: Api,
  noteId: string,
  editor: Editor | null,
  flush: () => Promise<unknown>,
) {
  const [state, setState] = useState<QuoteCheckState>({ status: 'idle' });

  const run = useCallback(async () => {
    if (!editor) return;
    setState({ status: 'checking' });
    try {
      await flush();
      const report = await api.checkNoteQuotes({ noteId });
      const items = report.findings.map((finding) => ({ finding, ...placeNow(editor, finding) }));
      changeInBackground(editor, (e) =>
        e.commands.setQuoteFlags(
          items.flatMap((i) =>
            i.finding.status === 'exact' || i.from === null || i.to === null
              ? []
              : [{ from: i.from, to: i.to, status: i.finding.status }],
          ),
        ),
      );
      setState({ status: 'done', report, items });
    } catch (error) {
      setState({ status: 'error', error: errorMessage(error) });
    }
  }, [api, editor, flush, noteId]);

  const jump = useCallback(
    (item: QuoteItem) => {
      if (!editor || item.from === null || item.to === null) return;
      editor
        .chain()
        .command(focusNow)
        .setTextSelection({ from: item.from, to: item.to })
        .scrollIntoView()
        .run();
    },
    [editor],
  );

  /** The quotation changed since the check: nothing is replaced, the reporter is told, the check runs again. */
  const changedSinceCheck = useCallback(async () => {
    await run();
    setState((now) => (now.status === 'done' ? { ...now, stale: true } : now));
  }, [run]);

  /** Replaces the words between the quotation marks with the source's wording, then checks again. */
  const adoptSourceWording = useCallback(
    async (item: QuoteItem) => {
      const wording = item.finding.match?.text;
      if (!editor || !wording || item.finding.kind !== 'inline') return;
      const { from, to } = placeNow(editor, item.finding);
      if (from === null || to === null) return changedSinceCheck();
      editor
        .chain()
        .command(focusNow)
        .insertContentAt({ from: from + 1, to: to - 1 }, wording)
        .run();
      await run();
    },
    [editor, run, changedSinceCheck],
  );

  /** Cites the source that has the words, right after the quotation, then checks again. */
  const cite = useCallback(
    async (item: QuoteItem) => {
      const sourceId = item.finding.elsewhere?.sourceId ?? item.finding.match?.sourceId;
      if (!editor || !sourceId) return;
      const { to } = placeNow(editor, item.finding);
      if (to === null) return changedSinceCheck();
      editor
        .chain()
        .command(focusNow)
        .insertContentAt(to, [
          { type: 'text', text: ' ' },
          { type: 'citation', attrs: { sourceId, highlightId: null, locator: null } },
        ])
        .run();
      await run();
    },
    [editor, run, changedSinceCheck],
  );

  return { state, run, jump, adoptSourceWording, cite };
}

export type QuoteCheck = ReturnType<typeof useQuoteCheck>;

/** Editor positions of a checked quotation in the note as it is now; nulls when it is no longer there as checked. */
function placeNow(editor: Editor, finding: QuoteFinding): { from: number | null; to: number | null } {
  const flat = flattenNote(editor.getJSON() as DocNode);
  const at = locateFinding(flat, finding);
  return at ? { from: flatToPos(flat, at.start), to: flatToPos(flat, at.end) } : { from: null, to: null };
}
