// Entry point for import: offline entity suggestions for one source's text.
import { buildSuggestions } from '../../shared/entities/buildSuggestions';
import type { EntitySuggestion } from '../../shared/entities/entitySuggestion';
import { compromiseHints } from './compromiseHints';
import { compromiseSpans } from './compromiseSpans';

export type SuggestOptions = {
  /** The source's title; a line repeating it is treated as a headline. */
  title?: string;
  /** Also run compromise's full parse (people/organizations/places) as type evidence; much slower. */
  fullParse?: boolean;
};

/** People, organisations and places named in `text`, with mention counts, most mentioned first. */
export function suggestEntities(text: string, options: SuggestOptions = {}): EntitySuggestion[] {
  const spans = options.fullParse ? compromiseSpans(text) : [];
  return buildSuggestions(text, compromiseHints(), { title: options.title, spans });
}
