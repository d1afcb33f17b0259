import { z } from 'zod';
import { idSchema } from '../model';
import { searchKinds, type SearchResult } from '../search/types';
import { call } from './callDef';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'use a date such as 2026-03-14');

export const searchCalls = {
  search: call<SearchResult>()(
    'Search sources, highlights, notes, entities and claims; results grouped by kind with marked snippets',
    z
      .object({
        query: z.string().max(500),
        kinds: z.array(z.enum(searchKinds)).max(5).optional(),
        sourceId: idSchema.optional(),
        entityId: idSchema.optional(),
        tag: z.string().max(100).optional(),
        site: z.string().max(300).optional(),
        dateFrom: isoDate.optional(),
        dateTo: isoDate.optional(),
        hasHighlights: z.boolean().optional(),
        limit: z.number().int().positive().max(200).default(10),
      })
      .strict(),
    { readOnly: true },
  ),
};
