import { normalizeNoteDoc } from '../../shared/notes/normalizeNoteDoc';
import type { CitableHit, CitationInfo, Handlers, NoteWithBody } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { NoteMeta } from '../../shared/model';
import { appendToDoc, citationContent } from '../../shared/notes/citationContent';
import { docText } from '../../shared/notes/collectCitations';
import { noteFacts, UNTITLED_NOTE } from '../../shared/notes/noteFacts';
import { noteIsEmpty } from '../../shared/notes/noteIsEmpty';
import { countWords } from '../../shared/text/countWords';
import type { NoteFiles } from '../store/noteFiles';
import type { NoteRelay } from '../sync/client/noteRelay';
import { quoteMarksFor } from '../../shared/quotes/quoteMarks';
import type { HandlerContext } from './context';

type NoteHandlers = Pick<
  Handlers,
  | 'listNotes'
  | 'createNote'
  | 'renameNote'
  | 'getNote'
  | 'saveNote'
  | 'citeInNote'
  | 'trashNote'
  | 'restoreNote'
  | 'snapshotNote'
  | 'listRevisions'
  | 'getRevision'
  | 'restoreRevision'
  | 'resolveCitations'
  | 'citingNotes'
  | 'searchCitables'
>;

/** Revisions are kept at least this often while a note is being edited. */
const REVISION_INTERVAL_MS = 10 * 60 * 1000;

// Long because it is the table of this feature's calls, one short entry each, sharing `ctx`.
export function noteHandlers(
  ctx: HandlerContext,
  files: () => NoteFiles,
  /** The shared notebook's note relay: main's own changes to a note body go through its doc. */
  relay: () => NoteRelay | null = () => null,
): NoteHandlers {
  const requireNote = (id: string): NoteMeta => {
    const note = ctx.store().find('notes', id);
    if (!note) throw new AppError('NOT_FOUND', 'That note no longer exists.');
    return note;
  };
  const replaceNote = (next: NoteMeta): Promise<NoteMeta> => ctx.store().replace('notes', next);
  const snapshot = async (
    id: string,
    reason: 'interval' | 'close' | 'manual' | 'restore',
  ): Promise<boolean> => {
    const body = await files().readBody(id);
    if (noteIsEmpty(body.doc)) return false;
    const [latest] = await files().listRevisions(id);
    if (latest && latest.createdAt >= body.savedAt) return false;
    const wordCount = countWords(docText(body.doc));
    await files().addRevision(id, { id: newId(), createdAt: ctx.now(), reason, wordCount, doc: body.doc });
    return true;
  };

  /** Writes a note's document and what notebook.json keeps about it; a revision now and then. */
  const writeDoc = async (note: NoteMeta, doc: NoteWithBody['doc']): Promise<NoteMeta> => {
    const { id } = note;
    // Every write of a body passes the editor's schema, whatever built the document (save, citeInNote).
    const { problems } = normalizeNoteDoc(doc);
    if (problems.length > 0) throw new AppError('INVALID_INPUT', `The note was not saved: ${problems[0]}.`);
    const now = ctx.now();
    const previous = await files().readBody(id);
    await files().writeBody({ version: 1, noteId: id, savedAt: now, doc });
    const [latest] = await files().listRevisions(id);
    if (
      !noteIsEmpty(previous.doc) &&
      (!latest || Date.parse(now) - Date.parse(latest.createdAt) > REVISION_INTERVAL_MS)
    ) {
      await snapshot(id, 'interval');
    }
    return replaceNote({ ...note, updatedAt: now, ...noteFacts(doc) });
  };

  return {
    listNotes: ({ trashed }) =>
      Promise.resolve(
        ctx
          .store()
          .list('notes')
          .filter((n) => (n.trashedAt !== null) === trashed)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      ),

    createNote: async ({ title }) => {
      const now = ctx.now();
      const note: NoteMeta = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        title: title || UNTITLED_NOTE,
        trashedAt: null,
        citedHighlightIds: [],
        citedSourceIds: [],
        wordCount: 0,
      };
      return ctx.store().add('notes', note);
    },

    renameNote: async ({ id, title }) =>
      replaceNote({ ...requireNote(id), title: title || UNTITLED_NOTE, updatedAt: ctx.now() }),

    getNote: async ({ id }) => ({ note: requireNote(id), doc: (await files().readBody(id)).doc }),

    saveNote: async ({ id, doc, allowEmpty }) => {
      const note = requireNote(id);
      if (!allowEmpty && noteIsEmpty(doc) && note.wordCount > 0) {
        throw new AppError(
          'INVALID_INPUT',
          'The note was not saved: an empty document would replace its text.',
        );
      }
      return writeDoc(note, doc);
    },

    citeInNote: async ({ id, sourceId, highlightId, asQuotation, language }) => {
      const note = requireNote(id);
      if (note.trashedAt !== null) throw new AppError('INVALID_INPUT', 'That note is in the trash.');
      const store = ctx.store();
      store.requireSource(sourceId);
      const highlight = highlightId === null ? null : await store.highlights.get(sourceId, highlightId);
      if (highlightId !== null && !highlight) {
        throw new AppError('NOT_FOUND', 'That highlight is not in this source (it may have been deleted).');
      }
      const target = { sourceId, highlightId };
      // The quotation is the highlight's own text, never one sent with the request.
      const content =
        asQuotation && highlight
          ? citationContent(target, highlight.quote.exact, quoteMarksFor(language ?? null))
          : citationContent(target);
      if (!content)
        throw new AppError('INVALID_INPUT', 'That highlight is too long to quote; cite it instead.');
      const shared = relay();
      if (shared) {
        await shared.edit(id, (body) => appendToDoc(body, content));
        return requireNote(id);
      }
      const { doc } = await files().readBody(id);
      return writeDoc(note, appendToDoc(doc, content));
    },

    trashNote: async ({ id }) => replaceNote({ ...requireNote(id), trashedAt: ctx.now() }),
    restoreNote: async ({ id }) => replaceNote({ ...requireNote(id), trashedAt: null }),

    snapshotNote: async ({ id, reason }) => {
      requireNote(id);
      return { created: await snapshot(id, reason) };
    },

    listRevisions: async ({ id }) => {
      requireNote(id);
      return files().listRevisions(id);
    },

    getRevision: async ({ id, revisionId }) => {
      requireNote(id);
      return files().readRevision(id, revisionId);
    },

    restoreRevision: async ({ id, revisionId }) => {
      const note = requireNote(id);
      const revision = await files().readRevision(id, revisionId);
      await snapshot(id, 'restore');
      const shared = relay();
      if (shared) {
        await shared.edit(id, () => revision.doc);
        return { note: requireNote(id), doc: (await files().readBody(id)).doc };
      }
      await files().writeBody({ version: 1, noteId: id, savedAt: ctx.now(), doc: revision.doc });
      const next = await replaceNote({
        ...note,
        updatedAt: ctx.now(),
        ...noteFacts(revision.doc),
        wordCount: revision.wordCount,
      });
      return { note: next, doc: revision.doc };
    },

    resolveCitations: async ({ targets }) => {
      const store = ctx.store();
      return Promise.all(
        targets.map(async (t): Promise<CitationInfo> => {
          const source = store.sourceById(t.sourceId);
          const highlight = t.highlightId ? await store.highlights.get(t.sourceId, t.highlightId) : undefined;
          const resolved = Boolean(source) && (t.highlightId === null || Boolean(highlight));
          return {
            ...t,
            resolved,
            quote: highlight?.quote.exact ?? null,
            sourceTitle: source?.title ?? null,
            site: source?.site ?? null,
            authors: source?.authors ?? [],
            publishedAt: source?.publishedAt ?? null,
            url: source?.url ?? null,
          };
        }),
      );
    },

    citingNotes: async ({ sourceId }) => {
      const store = ctx.store();
      const ids = new Set((await store.highlights.forGroup(sourceId)).map((h) => h.id));
      return store
        .list('notes')
        .filter((n) => n.trashedAt === null && n.citedSourceIds.includes(sourceId))
        .map((n) => ({
          noteId: n.id,
          title: n.title,
          highlightIds: n.citedHighlightIds.filter((h) => ids.has(h)),
        }));
    },

    searchCitables: async ({ query, limit }) => {
      const store = ctx.store();
      const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
      const matches = (text: string): boolean => words.every((w) => text.toLocaleLowerCase().includes(w));
      const hits: CitableHit[] = [];
      for (const h of await store.highlights.all()) {
        if (hits.length >= limit) break;
        const source = store.sourceById(h.sourceId);
        if (source && matches(`${h.quote.exact} ${h.comment} ${source.title}`)) {
          hits.push({
            kind: 'highlight',
            highlightId: h.id,
            sourceId: source.id,
            sourceTitle: source.title,
            quote: h.quote.exact,
          });
        }
      }
      for (const s of store.sources()) {
        if (hits.length >= limit) break;
        if (matches(`${s.title} ${s.site ?? ''} ${s.authors.join(' ')}`)) {
          hits.push({ kind: 'source', highlightId: null, sourceId: s.id, sourceTitle: s.title, quote: null });
        }
      }
      return hits;
    },
  };
}
