import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Citation, type CitationOptions } from './citationExtension';
import { CitationSuggestion, type CitationSuggestionOptions } from './citationSuggestion';
import { ExternalLinkClicks, isWebUrl, shouldAutoLinkText } from './externalLinks';
import { SourceQuote } from './sourceQuoteMark';

export interface NoteExtensionOptions {
  citation?: Partial<CitationOptions>;
  /** Leave out for a schema-only set (tests, export): no picker. */
  suggestion?: Partial<CitationSuggestionOptions>;
}

/** Every extension a note uses; the same list builds the editor and any schema that reads notes. */
export function noteExtensions(options: NoteExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
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
    SourceQuote,
    Citation.configure(options.citation ?? {}),
    ExternalLinkClicks,
    ...(options.suggestion ? [CitationSuggestion.configure(options.suggestion)] : []),
  ];
}
