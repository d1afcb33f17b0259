/** Above the results, in the palette and on the page: an index being rebuilt, or why the search failed. */
export function SearchNotices({ rebuilding, error }: { rebuilding: boolean; error: string | null }) {
  return (
    <>
      {rebuilding && (
        <p className="search-notice" role="status">
          Index is being rebuilt; results may be incomplete.
        </p>
      )}
      {error && (
        <p className="search-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
