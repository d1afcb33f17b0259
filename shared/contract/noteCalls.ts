import { z } from 'zod';
import { idSchema, noteDocSchema, type NoteMeta, type NoteRevision } from '../model';
import { call } from './callDef';
import type { CitationInfo, NoteWithBody } from './results';

const titleSchema = z.string().trim().max(300);

export const noteCalls = {
  listNotes: call<NoteMeta[]>()(
    'The notes list (trashed notes only when asked)',
    z.object({ trashed: z.boolean().default(false) }).strict(),
    { readOnly: true },
  ),
  createNote: call<NoteMeta>()('Create an empty note', z.object({ title: titleSchema.default('') }).strict()),
  renameNote: call<NoteMeta>()('Rename a note', z.object({ id: idSchema, title: titleSchema }).strict()),
  getNote: call<NoteWithBody>()('Open a note with its document', z.object({ id: idSchema }).strict(), {
    readOnly: true,
  }),
  saveNote: call<NoteMeta>()(
    'Save a note’s document durably; an empty document never replaces a full one unless confirmed',
    z.object({ id: idSchema, doc: noteDocSchema, allowEmpty: z.boolean().default(false) }).strict(),
  ),
  citeInNote: call<NoteMeta>()(
    'Add a citation of a highlight or source, or a quotation of a highlight, at the end of a note that is not open',
    z
      .object({
        id: idSchema,
        sourceId: idSchema,
        highlightId: idSchema.nullable(),
        asQuotation: z.boolean().default(false),
      })
      .strict(),
  ),
  trashNote: call<NoteMeta>()('Move a note to the trash', z.object({ id: idSchema }).strict()),
  restoreNote: call<NoteMeta>()('Bring a note back from the trash', z.object({ id: idSchema }).strict()),
  snapshotNote: call<{ created: boolean }>()(
    'Keep a revision of the note now (on close, or every 10 minutes of editing)',
    z.object({ id: idSchema, reason: z.enum(['interval', 'close', 'manual']) }).strict(),
  ),
  listRevisions: call<Array<Omit<NoteRevision, 'doc'>>>()(
    'The revisions of a note, newest first',
    z.object({ id: idSchema }).strict(),
    { readOnly: true },
  ),
  getRevision: call<NoteRevision>()(
    'One revision with its document',
    z.object({ id: idSchema, revisionId: idSchema }).strict(),
    { readOnly: true },
  ),
  restoreRevision: call<NoteWithBody>()(
    'Replace a note’s document with a revision (the current one is kept as a revision first)',
    z.object({ id: idSchema, revisionId: idSchema }).strict(),
  ),
  resolveCitations: call<CitationInfo[]>()(
    'What citations point at: quote, source title, site, authors, date, URL; missing ones marked broken',
    z
      .object({
        targets: z
          .array(
            z.object({
              highlightId: idSchema.nullable(),
              sourceId: idSchema,
              locator: z.string().max(200).nullable(),
            }),
          )
          .max(5000),
      })
      .strict(),
    { readOnly: true },
  ),
  citingNotes: call<Array<{ noteId: string; title: string; highlightIds: string[] }>>()(
    'Notes that cite a source or any of its highlights (backlinks)',
    z.object({ sourceId: idSchema }).strict(),
    { readOnly: true },
  ),
  searchCitables: call<CitableHit[]>()(
    'Highlights and sources matching typed words, for inserting a citation',
    z
      .object({ query: z.string().max(200), limit: z.number().int().positive().max(100).default(20) })
      .strict(),
    { readOnly: true },
  ),
};

export interface CitableHit {
  kind: 'highlight' | 'source';
  highlightId: string | null;
  sourceId: string;
  sourceTitle: string;
  quote: string | null;
}
