/** A similar-source link with whatever title is known for it. */
export interface SimilarLink {
  sourceId: string;
  score: number;
  title: string | null;
}

/** "81%" from a 0–1 score; never rounds a near-copy up to a full 100%. */
export function scorePercent(score: number): string {
  const percent = Math.round(score * 100);
  return `${score < 1 && percent === 100 ? 99 : percent}%`;
}

/** The closest match first; ties by title so the order does not jump about. */
export function bestFirst<T extends { score: number; title: string | null }>(links: readonly T[]): T[] {
  return [...links].sort((a, b) => b.score - a.score || (a.title ?? '').localeCompare(b.title ?? ''));
}

/** The pieces of the note, so a long title can be cut short on screen while the score stays visible. */
export interface SimilarNote {
  /** The closest similar source, which the chip compares with. */
  sourceId: string;
  title: string;
  percent: string;
  /** " (+2 more)", or empty. */
  more: string;
}

/** The closest similar source, its score and how many more there are; null when there is nothing similar. */
export function similarNote(links: readonly SimilarLink[]): SimilarNote | null {
  const [best, ...rest] = bestFirst(links);
  if (!best) return null;
  return {
    sourceId: best.sourceId,
    title: best.title || 'Untitled',
    percent: scorePercent(best.score),
    more: rest.length > 0 ? ` (+${rest.length} more)` : '',
  };
}

/** "Similar to: ‘Title’, 81%" (and how many more), or null when there is nothing similar. */
export function similarLabel(links: readonly SimilarLink[]): string | null {
  const note = similarNote(links);
  return note && `Similar to: ‘${note.title}’, ${note.percent}${note.more}`;
}
