import type { SnippetPart } from '../../shared/search/types';

/** A hit's snippet with the query's words marked. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return <>{parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
