import { z } from 'zod';
import { recordFields } from './common';
import { sourceSchema } from './source';
import { entitySchema } from './entity';
import { claimSchema } from './claim';
import { noteMetaSchema } from './note';
import { questionSchema, ratingsSchema } from './question';

export const CURRENT_SCHEMA_VERSION = 2;

/**
 * notebook.json: metadata only. Texts, originals, highlights (sharded) and
 * note bodies live in their own files so that one save stays small.
 */
export const notebookFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  notebook: z.object({ ...recordFields, name: z.string() }),
  sources: z.array(sourceSchema),
  /**
   * Where the sources are kept (format 2): 'shards' means in `sources/<key>.json` and the list in
   * the file is empty; 'file' (format 1, and every backup) means the list in the file is the truth.
   */
  sourcesIn: z.enum(['file', 'shards']).default('file'),
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  notes: z.array(noteMetaSchema),
  /** Entity names the reporter rejected as suggestions; never suggested again. */
  rejectedSuggestions: z.array(z.string()).default([]),
  /**
   * Questions with rival answers, and the reporter's reliability ratings. Added after format 1
   * without a version bump: a notebook without them reads as having none (tested in
   * migrations.test.ts), as with `rejectedSuggestions`.
   */
  questions: z.array(questionSchema).default([]),
  ratings: ratingsSchema.default({ sources: [], outlets: [] }),
});
export type NotebookFile = z.infer<typeof notebookFileSchema>;
