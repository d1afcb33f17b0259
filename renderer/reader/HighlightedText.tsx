import { memo, type FocusEvent, type MouseEvent, type Ref } from 'react';
import { textDirection } from '../../shared/text/textDirection';
import { PARAGRAPH_ATTR, type Paragraph } from '../ui/textOffsets';
import { moveCaret } from './caret';
import { FLASH_ID } from './highlights/colors';
import type { ParagraphSegments, Segment } from './segments';

interface Props {
  text: string;
  paragraphs: readonly Paragraph[];
  segments: readonly ParagraphSegments[];
  activeId: string | null;
  rootRef: Ref<HTMLDivElement>;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  /** The text took focus (caret browsing starts at the selection, or the top). */
  onFocus?: (event: FocusEvent<HTMLDivElement>) => void;
  /** The source's language: right-to-left scripts are laid out right to left. */
  language?: string | null;
}

/**
 * The source text with its highlights drawn in. Paragraphs are memoised on
 * their segment key, so a change repaints only the paragraphs it touches.
 */
export function HighlightedText(props: Props) {
  const { text, paragraphs, segments, activeId, rootRef, onClick, onFocus, language } = props;
  return (
    <div
      className="reader__body"
      ref={rootRef}
      onClick={onClick}
      onFocus={onFocus}
      // Caret browsing: the text takes focus and arrows (Shift to extend) move the selection.
      tabIndex={0}
      role="region"
      aria-label="Source text (arrows move the caret, Shift+arrows select)"
      onKeyDown={(event) => {
        if (moveCaret(event)) event.preventDefault();
      }}
      dir={textDirection(language)}
      lang={language ?? undefined}
    >
      {paragraphs.length === 0 ? (
        <p className="muted">This source has no text.</p>
      ) : (
        paragraphs.map((paragraph, index) => {
          const entry = segments[index] ?? { segments: [], key: '' };
          const active = activeId !== null && entry.segments.some((s) => s.ids.includes(activeId));
          return (
            <TextParagraph
              key={paragraph.start}
              text={text}
              paragraph={paragraph}
              entry={entry}
              activeId={active ? activeId : null}
            />
          );
        })
      )}
    </div>
  );
}

interface ParagraphProps {
  text: string;
  paragraph: Paragraph;
  entry: ParagraphSegments;
  activeId: string | null;
}

const TextParagraph = memo(
  function TextParagraph({ text, paragraph, entry, activeId }: ParagraphProps) {
    const attrs = { [PARAGRAPH_ATTR]: paragraph.start };
    if (entry.segments.length === 0) return <p {...attrs}>{text.slice(paragraph.start, paragraph.end)}</p>;
    return <p {...attrs}>{entry.segments.map((s) => renderSegment(text, s, activeId))}</p>;
  },
  (a, b) =>
    a.text === b.text &&
    a.paragraph.start === b.paragraph.start &&
    a.entry.key === b.entry.key &&
    a.activeId === b.activeId,
);

function renderSegment(text: string, segment: Segment, activeId: string | null) {
  const content = text.slice(segment.start, segment.end);
  if (segment.ids.length === 0) return content;
  const flash = segment.ids.includes(FLASH_ID);
  const ids: string[] = [];
  const colors: number[] = [];
  segment.ids.forEach((id, i) => {
    if (id === FLASH_ID) return;
    ids.push(id);
    colors.push(segment.colors[i] ?? 1);
  });
  const classes = ['hl'];
  if (ids.length > 0) classes.push(`hl--c${colors[0]}`);
  // Overlaps get a non-colour cue too: an underline in the colour of the next highlight out.
  if (ids.length > 1) classes.push('hl--overlap', `hl--under-c${colors[1]}`);
  if (activeId !== null && ids.includes(activeId)) classes.push('hl--active');
  if (flash) classes.push('hl--flash');
  return (
    <mark
      key={segment.start}
      className={classes.join(' ')}
      data-ids={ids.length > 0 ? ids.join(' ') : undefined}
    >
      {content}
    </mark>
  );
}
