import type { NoteMeta } from '../../shared/model';
import { isProblem, type NoteQuoteProblems, type QuoteMemo } from '../../shared/quotes';
import { shardKeyOf } from '../store/shardedRecords';
import type { NotebookStore } from '../store/notebookStore';
import { checkDoc } from './checkQuotes';

interface Entry {
  /** The note as checked (its last save). */
  note: string;
  /** What it cites, as checked; while this holds, `memo` answers for unchanged quotations. */
  cited: string;
  memo: QuoteMemo;
  result: Promise<NoteQuoteProblems>;
}

/**
 * What a note's quote check depends on: the note itself, the text of every source it cites and
 * the highlights of those sources (a cited highlight re-anchored, edited or deleted). Highlights
 * are grouped by source into shards whose change counter moves with any write, so a changed
 * counter may recheck a note needlessly but an unchanged one never hides a change.
 */
function citedSignature(store: NotebookStore, meta: NoteMeta, revisions: Map<string, number>): string {
  const parts: string[] = [];
  for (const id of [...meta.citedSourceIds].sort()) {
    const source = store.sourceById(id);
    parts.push(`${id}:${source?.textSha256 ?? 'gone'}:${revisions.get(shardKeyOf(id)) ?? 0}`);
  }
  return parts.join('|');
}

/** Lets other requests (a save, a search) run between two notes' checks. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The count of open quote problems per note, for the note list. Each count comes from the one
 * quote checker (`checkDoc`, the same as "Check quotes" and export), and is kept per open store
 * until the note or anything it cites changes, so a list refresh after each autosave rechecks
 * only the note that was typed in. Checks run here, in the main process, never on the page's
 * typing path, and one note at a time so a save is never held behind a long list.
 */
export class NoteQuoteProblemCounts {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly store: NotebookStore) {}

  async forNotes(noteIds: readonly string[]): Promise<NoteQuoteProblems[]> {
    const wanted = new Set(noteIds);
    const metas = this.store.data.notes.filter((n) => wanted.has(n.id) && n.trashedAt === null);
    for (const id of this.entries.keys())
      if (!this.store.data.notes.some((n) => n.id === id)) this.entries.delete(id);
    const out: NoteQuoteProblems[] = [];
    for (const meta of metas) {
      const note = `${meta.updatedAt}|${meta.wordCount}`;
      const cited = citedSignature(this.store, meta, this.store.highlights.revisionsNow());
      let entry = this.entries.get(meta.id);
      if (!entry || entry.note !== note || entry.cited !== cited) {
        // Typing changes the note, not what it cites: earlier answers still hold for unchanged quotations.
        const memo: QuoteMemo = entry?.cited === cited ? entry.memo : new Map<string, never>();
        await yieldTurn();
        entry = { note, cited, memo, result: this.check(meta.id, memo) };
        this.entries.set(meta.id, entry);
      }
      try {
        out.push(await entry.result);
      } catch {
        // A note that cannot be read or checked has no count; its own screen says why.
        this.entries.delete(meta.id);
      }
    }
    return out;
  }

  private async check(noteId: string, memo: QuoteMemo): Promise<NoteQuoteProblems> {
    const { doc } = await this.store.notes.readBody(noteId);
    const { findings } = await checkDoc(this.store, doc, { elsewhere: false, memo });
    // Quotations edited away leave answers behind; past a margin, start afresh next time.
    if (memo.size > 2 * findings.length + 64) memo.clear();
    return { noteId, quotations: findings.length, problems: findings.filter(isProblem).length };
  }
}

const counters = new WeakMap<NotebookStore, NoteQuoteProblemCounts>();

/** The problem counts of an open store (one per store, made on first use). */
export function noteQuoteProblemsOf(store: NotebookStore): NoteQuoteProblemCounts {
  let counter = counters.get(store);
  if (!counter) {
    counter = new NoteQuoteProblemCounts(store);
    counters.set(store, counter);
  }
  return counter;
}
