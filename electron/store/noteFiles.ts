import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import { ID_PATTERN } from '../../shared/ids';
import {
  noteBodySchema,
  noteRevisionSchema,
  type DocNode,
  type NoteBody,
  type NoteRevision,
} from '../../shared/model';
import { writeFileDurable } from './durableWrite';

const EMPTY_DOC: DocNode & { type: 'doc' } = { type: 'doc', content: [{ type: 'paragraph' }] };

/** JSON text of a stored file, or undefined when it is not JSON (the caller reports it as damaged). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function checkId(id: string): string {
  if (!ID_PATTERN.test(id)) throw new AppError('INVALID_INPUT', 'Not a note id.');
  return id;
}

/** Note bodies (`notes/<id>.json`) and their revisions (`notes/<id>.revisions/`), each file written durably. */
export class NoteFiles {
  constructor(private readonly dir: string) {}

  private bodyPath(id: string): string {
    return join(this.dir, `${checkId(id)}.json`);
  }

  private revisionsDir(id: string): string {
    return join(this.dir, `${checkId(id)}.revisions`);
  }

  async readBody(id: string): Promise<NoteBody> {
    let text: string;
    try {
      text = await readFile(this.bodyPath(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { version: 1, noteId: id, savedAt: new Date(0).toISOString(), doc: EMPTY_DOC };
      }
      throw error;
    }
    const parsed = noteBodySchema.safeParse(parseJson(text));
    if (!parsed.success)
      throw new AppError('NOTEBOOK_DAMAGED', 'This note’s file is damaged; restore a revision.');
    return parsed.data;
  }

  async writeBody(body: NoteBody): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileDurable(this.bodyPath(body.noteId), JSON.stringify(body));
  }

  async addRevision(noteId: string, revision: NoteRevision): Promise<void> {
    const dir = this.revisionsDir(noteId);
    await mkdir(dir, { recursive: true });
    await writeFileDurable(join(dir, `${checkId(revision.id)}.json`), JSON.stringify(revision));
  }

  /** Revisions newest first, without their documents. */
  async listRevisions(noteId: string): Promise<Array<Omit<NoteRevision, 'doc'>>> {
    let names: string[];
    try {
      names = await readdir(this.revisionsDir(noteId));
    } catch {
      return [];
    }
    const revisions = await Promise.all(
      names
        .filter((n) => n.endsWith('.json'))
        .map((n) => this.readRevision(noteId, n.slice(0, -5)).catch(() => null)),
    );
    return revisions
      .filter((r): r is NoteRevision => r !== null)
      .map(({ doc: _doc, ...meta }) => meta)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async readRevision(noteId: string, revisionId: string): Promise<NoteRevision> {
    const path = join(this.revisionsDir(noteId), `${checkId(revisionId)}.json`);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new AppError('NOT_FOUND', 'That revision does not exist.');
    }
    const parsed = noteRevisionSchema.safeParse(parseJson(text));
    if (!parsed.success) throw new AppError('NOTEBOOK_DAMAGED', 'That revision’s file is damaged.');
    return parsed.data;
  }
}
