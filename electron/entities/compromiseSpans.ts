// compromise's full parse: the people, organisations and places it finds, as typed spans.
// Costs far more than the rest of the suggester, so it is optional.
import nlp from 'compromise';
import type { TypedSpan } from '../../shared/entities/entitySuggestion';

type Match = { offset?: { start: number; length: number } };

/** Spans of compromise's .people(), .organizations() and .places() matches. */
export function compromiseSpans(text: string): TypedSpan[] {
  const doc = nlp(text);
  const spans: TypedSpan[] = [];
  const add = (matches: unknown, type: TypedSpan['type']): void => {
    for (const match of matches as Match[]) {
      if (match.offset)
        spans.push({ start: match.offset.start, end: match.offset.start + match.offset.length, type });
    }
  };
  add(doc.people().json({ offset: true }), 'person');
  add(doc.organizations().json({ offset: true }), 'organisation');
  add(doc.places().json({ offset: true }), 'place');
  return spans;
}
