// Minimal plain-text reader; the full chrome-cleaning extractor replaces it.
export interface TextArticle {
  title: string;
  authors: string[];
  site: string | null;
  publishedAt: string | null;
  language: string | null;
  text: string;
  removed: string[];
}

/** Splits plain text into a headline and paragraphs separated by blank lines. */
export function extractArticleFromText(
  raw: string,
  options: { capturedAt: string; fileName?: string },
): TextArticle {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const nonEmpty = lines.filter((l) => l.length > 0);
  const first = nonEmpty[0] ?? '';
  const looksLikeHeadline = nonEmpty.length > 1 && first.length <= 200 && !/[.!?:;,]$/.test(first);
  const fallbackTitle = options.fileName?.replace(/\.[a-z0-9]+$/i, '') ?? (first.slice(0, 80) || 'Untitled');
  const body = looksLikeHeadline ? lines.slice(lines.indexOf(first) + 1) : lines;
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '));
    current = [];
  };
  const blankSeparated = body.some((l, i) => l === '' && i > 0 && body[i - 1] !== '');
  const wrapped = blankSeparated && body.filter((l) => l.length > 0).every((l) => l.length <= 100);
  for (const line of body) {
    if (line === '') flush();
    else if (wrapped) current.push(line);
    else {
      flush();
      current.push(line);
    }
  }
  flush();
  return {
    title: looksLikeHeadline ? first : fallbackTitle,
    authors: [],
    site: null,
    publishedAt: null,
    language: null,
    text: paragraphs.join('\n\n'),
    removed: [],
  };
}
