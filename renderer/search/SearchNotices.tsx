/** Above the results, in the palette and on the page: an index catching up (rebuilt, or indexing a long text), or why the search failed. */
export function SearchNotices({ rebuilding, error }: { rebuilding: boolean; error: string | null }) {
  return (
    <>
      {rebuilding && (
        <p className="search-notice" role="status">
          The search index is catching up; results may be incomplete.
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
