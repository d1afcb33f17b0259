import { z } from 'zod';
import {
  answerSchema,
  claimSchema,
  entitySchema,
  highlightSchema,
  idSchema,
  noteDocSchema,
  noteMetaSchema,
  questionSchema,
  ratingSchema,
} from '../model';
import type { NotebookContent } from './selectContent';

/** Version 2 added questions and ratings; a version 1 file reads as having none (see parseRecordsFile). */
export const RECORDS_VERSION = 2;

// Strict copies of the stored shapes: a packet is untrusted, so an unknown key refuses it rather than
// being dropped in silence, and nothing in it falls back to a default.
const packetQuestionSchema = questionSchema
  .extend({ answers: z.array(answerSchema.strict()).max(50) })
  .strict();
const packetRatingsSchema = z.strictObject({
  sources: z.array(ratingSchema.extend({ sourceId: idSchema }).strict()),
  outlets: z.array(ratingSchema.extend({ outlet: z.string().min(1).max(300) }).strict()),
});

const version1 = {
  notebookId: idSchema,
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  highlights: z.array(highlightSchema),
  notes: z.array(z.strictObject({ meta: noteMetaSchema, doc: noteDocSchema })),
};

/**
 * data/records.json: the packet's records exactly as the app stores them (sources travel as
 * sources/<id>/source.json), so an import loses nothing the human-readable files leave out.
 */
export const recordsFileSchema = z.strictObject({
  version: z.literal(RECORDS_VERSION),
  ...version1,
  questions: z.array(packetQuestionSchema),
  ratings: packetRatingsSchema,
});
export type RecordsFile = z.infer<typeof recordsFileSchema>;

/** Packets made before questions and ratings travelled: the same records, without those. */
const recordsFileV1Schema = z.strictObject({ version: z.literal(1), ...version1 });

/**
 * Reads a records file of any version this app knows and migrates it to the current one: a version 1
 * packet still opens, with no questions and no ratings. Anything else is held to the current schema.
 */
export function parseRecordsFile(
  json: unknown,
): { success: true; data: RecordsFile } | { success: false; error: z.ZodError } {
  const version = typeof json === 'object' && json !== null ? (json as { version?: unknown }).version : null;
  if (version !== 1) return recordsFileSchema.safeParse(json);
  const old = recordsFileV1Schema.safeParse(json);
  if (!old.success) return old;
  const data: RecordsFile = {
    ...old.data,
    version: RECORDS_VERSION,
    questions: [],
    ratings: { sources: [], outlets: [] },
  };
  return { success: true, data };
}

/** The records file of a packet's content. */
export function recordsFile(notebookId: string, content: NotebookContent): RecordsFile {
  return {
    version: RECORDS_VERSION,
    notebookId,
    entities: [...content.entities],
    claims: [...content.claims],
    highlights: [...content.highlights],
    notes: content.notes.map((n) => ({ meta: n.meta, doc: n.doc as RecordsFile['notes'][number]['doc'] })),
    questions: [...(content.questions ?? [])],
    ratings: {
      sources: [...(content.ratings?.sources ?? [])],
      outlets: [...(content.ratings?.outlets ?? [])],
    },
  };
}
