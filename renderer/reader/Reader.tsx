import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { SourceWithText } from '../../shared/contract/results';
import { formatDate, formatWordCount } from '../ui/formatDate';
import { kindLabel } from '../library/kindLabel';
import { routeHash } from '../ui/route';
import { SourceDetailsLinks } from '../sourceDetails/SourceDetailsLinks';

interface Props {
  data: SourceWithText;
  /** The text as drawn by the caller, with its highlights (reader/HighlightedText). */
  body: ReactNode;
  /** Extra controls at the end of the reader's top bar. */
  navExtra?: ReactNode;
  /** Extra lines at the foot of the source's header (such as the notes citing it). */
  headerExtra?: ReactNode;
}

/** One source, set for reading. Text is rendered as text, never as HTML. */
// Long because: the article header's facts in order.
export function Reader({ data, body, navExtra, headerExtra }: Props) {
  const { source } = data;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the title on arrival so keyboard and screen-reader users start at the top. Before
  // the first paint (a layout effect): run later, it took focus back from a key already pressed in
  // the text the reporter could see (`t`).
  useLayoutEffect(() => {
    const heading = headingRef.current;
    heading?.closest('.reader-scroll, main')?.scrollTo({ top: 0 });
    heading?.focus({ preventScroll: true });
  }, [source.id]);

  const published = formatDate(source.publishedAt);
  return (
    <article className="reader" aria-labelledby="reader-title">
      <nav className="reader__nav" aria-label="Reader">
        <a className="reader__back" href={routeHash({ name: 'library' })}>
          <span aria-hidden="true">←</span> Library
        </a>
        <span className="reader__hint" aria-hidden="true">
          <kbd>Esc</kbd> back to library
        </span>
        {navExtra}
      </nav>
      <header className="reader__header">
        {source.site && <p className="reader__kicker">{source.site}</p>}
        <h1 id="reader-title" className="reader__title" ref={headingRef} tabIndex={-1}>
          {source.title || 'Untitled'}
        </h1>
        {source.authors.length > 0 && <p className="reader__byline">By {source.authors.join(', ')}</p>}
        <dl className="reader__facts">
          <div>
            <dt>Published</dt>
            <dd>
              {published ? <time dateTime={source.publishedAt ?? undefined}>{published}</time> : 'Not known'}
            </dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>
              <time dateTime={source.createdAt}>{formatDate(source.createdAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{formatWordCount(source.wordCount)}</dd>
          </div>
          <div>
            <dt>Kind</dt>
            <dd>{kindLabel(source.kind)}</dd>
          </div>
          {source.site && (
            <div>
              <dt>Site</dt>
              <dd>{source.site}</dd>
            </div>
          )}
        </dl>
        <SourceDetailsLinks source={source} />
        {headerExtra}
      </header>
      {body}
    </article>
  );
}
