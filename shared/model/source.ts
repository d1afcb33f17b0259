import { z } from 'zod';
import { recordFields, sha256Schema, timestampSchema } from './common';

export const sourceKinds = ['text', 'paste', 'html', 'pdf', 'docx', 'url'] as const;
export const sourceKindSchema = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The exact bytes as captured, kept as evidence and never rewritten. */
export const originalSchema = z.object({
  sha256: sha256Schema,
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
  fileName: z.string().nullable(),
  url: z.string().nullable(),
});
export type Original = z.infer<typeof originalSchema>;

/** One change the reporter made to a source's clean text: where, how long, and the words. */
export const textEditSchema = z.object({
  at: timestampSchema,
  action: z.enum(['removed', 'restored']),
  /** Offset of the block in the text after a restore, or where it was cut after a removal. */
  start: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  /** The block's first words, for the provenance list. */
  excerpt: z.string().max(200),
});
export type TextEdit = z.infer<typeof textEditSchema>;

export const sourceSchema = z.object({
  ...recordFields,
  kind: sourceKindSchema,
  title: z.string(),
  authors: z.array(z.string()),
  site: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  /** SHA-256 of the clean text; also the name of its content-addressed file. */
  textSha256: sha256Schema,
  wordCount: z.number().int().nonnegative(),
  original: originalSchema,
  capturedAt: timestampSchema,
  importer: z.object({ name: z.string(), version: z.string() }),
  tags: z.array(z.string()),
  confidential: z.boolean(),
  modifiedAt: z.string().nullable().default(null),
  /** True when the date was worked out from words such as "3 days ago". */
  publishedApproximate: z.boolean().default(false),
  canonicalUrl: z.string().nullable().default(null),
  /** Where each metadata value came from (e.g. title: "og:title"), or CORRECTED_BY_REPORTER once corrected. */
  metadataSources: z.record(z.string(), z.string()).default({}),
  /** Content hash of the extraction record (removed blocks, page locators) in texts/. */
  extractionSha256: sha256Schema.nullable().default(null),
  /** Near-duplicates and rewrites, linked both ways. */
  similar: z.array(z.object({ sourceId: z.string(), score: z.number().min(0).max(1) })).default([]),
  /** Things the importer wants the reporter to check (e.g. a guessed encoding). */
  importNotes: z.array(z.string()).default([]),
  /** The reporter's changes to the clean text (blocks marked as not part of the article, or restored), oldest first. */
  textEdits: z.array(textEditSchema).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Kept beside the clean text: what was cut as page chrome, and where pages begin. */
export const extractionSchema = z.object({
  version: z.literal(1),
  removed: z.array(z.string()),
  /**
   * Where each removed block was cut (offset into the clean text, aligned with `removed`), or
   * null when the importer did not say; a restored block goes back there.
   */
  removedAt: z.array(z.number().int().nonnegative().nullable()).optional(),
  /** Structure of the body (paragraph, heading, list item, quote), in order. */
  blocks: z.array(
    z.object({ kind: z.enum(['p', 'h', 'li', 'quote']), start: z.number().int(), end: z.number().int() }),
  ),
  pages: z.array(
    z.object({ page: z.number().int().positive(), start: z.number().int(), end: z.number().int() }),
  ),
  footnotes: z.array(z.string()).default([]),
});
export type Extraction = z.infer<typeof extractionSchema>;

/** What the library needs per row: small enough to send 10,000 at once. */
export type SourceSummary = Pick<
  Source,
  'id' | 'title' | 'site' | 'publishedAt' | 'wordCount' | 'createdAt' | 'kind' | 'authors' | 'similar'
>;

export function summarizeSource(source: Source): SourceSummary {
  const { id, title, site, publishedAt, wordCount, createdAt, kind, authors, similar } = source;
  return { id, title, site, publishedAt, wordCount, createdAt, kind, authors, similar };
}

/**
 * The code stored in `metadataSources` for a value the reporter corrected. It is data, not
 * display text: the page words it ("Corrected by you"). Notebooks written before this code
 * hold those words instead, and the page words them the same.
 */
export const CORRECTED_BY_REPORTER = 'user';
