import type { SearchHit } from '../../shared/search/types';
import { Snippet } from './Snippet';

/** What a hit shows: its title and its snippet; a snippet that is the title marks the title instead. */
export function HitBody({ hit }: { hit: SearchHit }) {
  const snippetText = hit.snippet.map((p) => p.text).join('');
  if (snippetText === hit.title && snippetText.trim()) {
    return (
      <span className="search-hit__title">
        <Snippet parts={hit.snippet} />
      </span>
    );
  }
  return (
    <>
      <span className="search-hit__title">{hit.title || 'Untitled'}</span>
      {snippetText.trim() && (
        <span className="search-hit__snippet">
          <Snippet parts={hit.snippet} />
        </span>
      )}
    </>
  );
}
