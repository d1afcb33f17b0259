import { z } from 'zod';
import { recordFields, timestampSchema } from './common';

/** Note metadata lives in notebook.json; the body lives in its own file. */
export const noteMetaSchema = z.object({
  ...recordFields,
  title: z.string(),
  trashedAt: timestampSchema.nullable(),
});
export type NoteMeta = z.infer<typeof noteMetaSchema>;

/** A TipTap/ProseMirror JSON document; its structure is checked by the editor schema. */
export const noteBodySchema = z.object({
  noteId: z.string(),
  updatedAt: timestampSchema,
  doc: z.record(z.string(), z.unknown()),
});
export type NoteBody = z.infer<typeof noteBodySchema>;
