import { z } from 'zod';
import { idSchema, type Source } from '../model';
import { call } from './callDef';
import { tagsSchema } from './fields';
import { MAX_IMPORT_BYTES } from './limits';
import type { ImportResult, SourceComparison, SourceDetails, SourceSummary, SourceWithText } from './results';

const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASTE_CHARS = 10 * 1024 * 1024;

export const sourceCalls = {
  listSources: call<SourceSummary[]>()('List every source in the library', z.object({}).strict(), {
    readOnly: true,
  }),
  getSource: call<SourceWithText>()(
    'Read one source with its clean text',
    z.object({ id: idSchema }).strict(),
    { readOnly: true },
  ),
  importFile: call<ImportResult>()(
    'Import a file given as base64 bytes',
    z
      .object({
        fileName: z.string().min(1).max(1024),
        dataBase64: z
          .string()
          .max(MAX_BASE64_CHARS, 'the file is larger than 50 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
  ),
  importText: call<ImportResult>()(
    'Import pasted text as a new source',
    z
      .object({
        text: z.string().max(MAX_PASTE_CHARS, 'the pasted text is longer than 10 million characters'),
        title: z.string().max(500).optional(),
      })
      .strict(),
  ),
  importHtml: call<ImportResult>()(
    'Import pasted HTML (clipboard text/html) as a new source',
    z
      .object({
        html: z.string().min(1).max(MAX_PASTE_CHARS, 'the pasted page is longer than 10 million characters'),
        title: z.string().max(500).optional(),
      })
      .strict(),
  ),
  importUrl: call<ImportResult>()(
    'Capture a web page by its address (http or https)',
    z
      .object({
        url: z
          .string()
          .trim()
          .max(4096)
          .refine(
            (u) => /^https?:\/\/[^\s]+$/i.test(u),
            'only web addresses starting with http:// or https:// can be captured',
          ),
      })
      .strict(),
  ),
  deleteSource: call<{ deleted: true }>()(
    'Remove a source from the notebook',
    z.object({ id: idSchema }).strict(),
  ),
  getSourceDetails: call<SourceDetails>()(
    'Provenance, metadata with where each value came from, removed text and similar sources',
    z.object({ id: idSchema }).strict(),
    { readOnly: true },
  ),
  updateSourceMetadata: call<Source>()(
    'Correct a source’s metadata; corrected values are marked as yours',
    z
      .object({
        id: idSchema,
        title: z.string().trim().min(1).max(1000).optional(),
        authors: z.array(z.string().trim().min(1).max(300)).max(50).optional(),
        site: z.string().trim().max(300).nullable().optional(),
        publishedAt: z
          .string()
          .trim()
          .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'use a date such as 2026-03-14')
          .nullable()
          .optional(),
        url: z
          .url({ protocol: /^https?$/ })
          .nullable()
          .optional(),
        language: z.string().trim().max(20).nullable().optional(),
        tags: tagsSchema.optional(),
        confidential: z.boolean().optional(),
      })
      .strict(),
  ),
  restoreRemovedBlock: call<Source>()(
    'Put a block the importer cut back into the article',
    z.object({ id: idSchema, index: z.number().int().nonnegative(), at: z.enum(['start', 'end']) }).strict(),
  ),
  compareSources: call<SourceComparison>()(
    'Two sources side by side with the differing words marked',
    z
      .object({ leftId: idSchema, rightId: idSchema })
      .strict()
      .refine((v) => v.leftId !== v.rightId, { message: 'choose two different sources' }),
    { readOnly: true },
  ),
};
