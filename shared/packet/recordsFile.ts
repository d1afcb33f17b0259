import { z } from 'zod';
import {
  claimSchema,
  entitySchema,
  highlightSchema,
  idSchema,
  noteDocSchema,
  noteMetaSchema,
} from '../model';
import type { NotebookContent } from './selectContent';

export const RECORDS_VERSION = 1;

/**
 * data/records.json: the packet's records exactly as the app stores them (sources travel as
 * sources/<id>/source.json), so an import loses nothing the human-readable files leave out.
 */
export const recordsFileSchema = z.strictObject({
  version: z.literal(RECORDS_VERSION),
  notebookId: idSchema,
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  highlights: z.array(highlightSchema),
  notes: z.array(z.strictObject({ meta: noteMetaSchema, doc: noteDocSchema })),
});
export type RecordsFile = z.infer<typeof recordsFileSchema>;

/** The records file of a packet's content. */
export function recordsFile(notebookId: string, content: NotebookContent): RecordsFile {
  return {
    version: RECORDS_VERSION,
    notebookId,
    entities: [...content.entities],
    claims: [...content.claims],
    highlights: [...content.highlights],
    notes: content.notes.map((n) => ({ meta: n.meta, doc: n.doc as RecordsFile['notes'][number]['doc'] })),
  };
}
