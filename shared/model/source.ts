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
});
export type Source = z.infer<typeof sourceSchema>;

/** What the library needs per row: small enough to send 10,000 at once. */
export type SourceSummary = Pick<
  Source,
  'id' | 'title' | 'site' | 'publishedAt' | 'wordCount' | 'createdAt' | 'kind' | 'authors'
>;

export function summarizeSource(source: Source): SourceSummary {
  const { id, title, site, publishedAt, wordCount, createdAt, kind, authors } = source;
  return { id, title, site, publishedAt, wordCount, createdAt, kind, authors };
}
