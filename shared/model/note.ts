import { z } from 'zod';
import { recordFields, timestampSchema } from './common';
import { normalizeNoteDoc } from '../notes/normalizeNoteDoc';

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

const isDocObject = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';

/**
 * A note document arriving from outside (saveNote, a packet): checked against the editor's schema
 * without recursion and refused, with the first reason, when anything does not fit (normalizeNoteDoc).
 */
export const noteDocSchema = z.unknown().transform((value, ctx): DocNode & { type: 'doc' } => {
  const { doc, problems } = normalizeNoteDoc(value);
  if (problems.length === 0) return doc;
  ctx.addIssue({ code: 'custom', message: `the note cannot be kept: ${problems[0]}` });
  return z.NEVER;
});

/**
 * A note document read from the notebook: a note saved before these checks (say, nested 1,000 levels)
 * must still open, so it is cleaned (too-deep branches flattened to text) rather than refused.
 */
export const storedNoteDocSchema = z
  .unknown()
  .refine(isDocObject, 'not a note document')
  .transform((value) => normalizeNoteDoc(value).doc);

export const noteBodySchema = z.object({
  version: z.literal(1),
  noteId: z.string(),
  savedAt: timestampSchema,
  doc: storedNoteDocSchema,
});
export type NoteBody = z.infer<typeof noteBodySchema>;

export const noteRevisionSchema = z.object({
  id: z.string(),
  createdAt: timestampSchema,
  reason: z.enum(['interval', 'close', 'restore', 'manual']),
  wordCount: z.number().int().nonnegative(),
  doc: storedNoteDocSchema,
});
export type NoteRevision = z.infer<typeof noteRevisionSchema>;
