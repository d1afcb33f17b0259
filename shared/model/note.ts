import { z } from 'zod';
import { recordFields, timestampSchema } from './common';

/** Note metadata lives in notebook.json; the body lives in its own file. */
export const noteMetaSchema = z.object({
  ...recordFields,
  title: z.string(),
  trashedAt: timestampSchema.nullable(),
  /** What the body cites, kept here so backlinks need not open every note. */
  citedHighlightIds: z.array(z.string()).default([]),
  citedSourceIds: z.array(z.string()).default([]),
  wordCount: z.number().int().nonnegative().default(0),
});
export type NoteMeta = z.infer<typeof noteMetaSchema>;

/** A TipTap/ProseMirror JSON node; the editor's schema checks the details. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  text?: string;
}

export const docNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(docNodeSchema).optional(),
    marks: z
      .array(
        z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() }),
      )
      .optional(),
    text: z.string().optional(),
  }),
);

export const noteDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(docNodeSchema).optional() })
  .loose() as z.ZodType<DocNode & { type: 'doc' }>;

export const noteBodySchema = z.object({
  version: z.literal(1),
  noteId: z.string(),
  savedAt: timestampSchema,
  doc: noteDocSchema,
});
export type NoteBody = z.infer<typeof noteBodySchema>;

export const noteRevisionSchema = z.object({
  id: z.string(),
  createdAt: timestampSchema,
  reason: z.enum(['interval', 'close', 'restore', 'manual']),
  wordCount: z.number().int().nonnegative(),
  doc: noteDocSchema,
});
export type NoteRevision = z.infer<typeof noteRevisionSchema>;
