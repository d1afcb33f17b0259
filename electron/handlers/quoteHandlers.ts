import type { HandlersOf } from '../../shared/contract';
import { checkDraft, checkNote } from '../quotes/checkQuotes';
import { noteQuoteProblemsOf } from '../quotes/noteQuoteProblems';
import type { HandlerContext } from './context';

type QuoteHandlers = HandlersOf<'checkNoteQuotes' | 'noteQuoteProblems' | 'checkDraftQuotes'>;

export function quoteHandlers(ctx: HandlerContext): QuoteHandlers {
  return {
    checkNoteQuotes: ({ noteId }) => checkNote(ctx.store(), noteId),
    noteQuoteProblems: ({ noteIds }) => noteQuoteProblemsOf(ctx.store()).forNotes(noteIds),
    checkDraftQuotes: ({ fileName, dataBase64 }) =>
      checkDraft(ctx.store(), Buffer.from(dataBase64, 'base64'), fileName),
  };
}
