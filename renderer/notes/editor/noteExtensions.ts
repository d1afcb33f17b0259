import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import type * as Y from 'yjs';
import { NOTE_FIELD } from '../../../shared/sync/noteFragment';
import type { ReplicaPresence } from '../collab/replicaPresence';
import { Citation, type CitationOptions } from './citationExtension';
import { CitationSuggestion, type CitationSuggestionOptions } from './citationSuggestion';
import { CollabCarets } from './collabCarets';
import { ExternalLinkClicks, isWebUrl, shouldAutoLinkText } from './externalLinks';
import { QuoteFlags } from './quoteFlags';
import { QuietAutolink } from './quietAutolink';
import { SourceQuote } from './sourceQuoteMark';

export interface NoteExtensionOptions {
  citation?: Partial<CitationOptions>;
  /** Leave out for a schema-only set (tests, export): no picker. */
  suggestion?: Partial<CitationSuggestionOptions>;
  /** A shared note's replica: the text lives in its fragment, and undo is Yjs's (own changes only). */
  collaboration?: Y.Doc;
  /** The replica's presence: collaborators' carets and names (with `collaboration` only). */
  carets?: ReplicaPresence;
}

/** Every extension a note uses; the same list builds the editor and any schema that reads notes. */
export function noteExtensions(options: NoteExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      ...(options.collaboration ? { undoRedo: false as const } : {}),
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isWebUrl(url),
        shouldAutoLink: shouldAutoLinkText,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    QuietAutolink,
    SourceQuote,
    Citation.configure(options.citation ?? {}),
    ExternalLinkClicks,
    QuoteFlags,
    ...(options.suggestion ? [CitationSuggestion.configure(options.suggestion)] : []),
    ...(options.collaboration
      ? [Collaboration.configure({ document: options.collaboration, field: NOTE_FIELD })]
      : []),
    ...(options.collaboration && options.carets
      ? [CollabCarets.configure({ presence: options.carets })]
      : []),
  ];
}
