import { z } from 'zod';
import { idSchema } from '../model';
import type { NoteQuoteProblems, QuoteReport } from '../quotes/quoteReport';
import { call } from './callDef';

/** A draft is text; 20 MB of it is far beyond any story. */
const MAX_DRAFT_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

export const quoteCalls = {
  checkNoteQuotes: call<QuoteReport>()(
    'Check every quotation of a note against what it cites (uncited ones against the notebook)',
    z.object({ noteId: idSchema }).strict(),
    { readOnly: true },
  ),
  noteQuoteProblems: call<NoteQuoteProblems[]>()(
    'Open quote problems per note, for the note list (kept until the note or what it cites changes)',
    z.object({ noteIds: z.array(idSchema).max(10_000) }).strict(),
    { readOnly: true },
  ),
  checkDraftQuotes: call<QuoteReport>()(
    'Check every quotation of a draft written elsewhere (.md, .txt, .docx, .html) against the notebook',
    z
      .object({
        fileName: z
          .string()
          .min(1)
          .max(1024)
          .regex(/\.(md|markdown|txt|docx|html?)$/i, 'use a .md, .txt, .docx or .html file'),
        dataBase64: z
          .string()
          .max(MAX_DRAFT_BASE64, 'the draft is larger than 20 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
    { readOnly: true },
  ),
};
