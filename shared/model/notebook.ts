import { z } from 'zod';
import { recordFields } from './common';
import { sourceSchema } from './source';
import { entitySchema } from './entity';
import { claimSchema } from './claim';
import { noteMetaSchema } from './note';

export const CURRENT_SCHEMA_VERSION = 1;

/**
 * notebook.json: metadata only. Texts, originals, highlights (sharded) and
 * note bodies live in their own files so that one save stays small.
 */
export const notebookFileSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  notebook: z.object({ ...recordFields, name: z.string() }),
  sources: z.array(sourceSchema),
  entities: z.array(entitySchema),
  claims: z.array(claimSchema),
  notes: z.array(noteMetaSchema),
  /** Entity names the reporter rejected as suggestions; never suggested again. */
  rejectedSuggestions: z.array(z.string()).default([]),
});
export type NotebookFile = z.infer<typeof notebookFileSchema>;
