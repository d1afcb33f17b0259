import { useEffect, useRef } from 'react';
import type { AnchoredHighlight } from '../../shared/contract/results';
import { wordRangeAt, type TextRange } from '../ui/textOffsets';
import type { useToast } from './useToast';

/** Where a link into the reader points: a highlight, or an offset (and end) in the clean text. */
export interface DeepLink {
  /** Changes whenever the link does, even to the same place. */
  key: string;
  highlightId?: string;
  at?: number;
  to?: number;
}

interface Options {
  target: DeepLink | null;
  items: readonly AnchoredHighlight[] | null;
  text: string;
  reveal: (id: string | null, focusCard?: boolean) => void;
  flashRange: (range: TextRange) => void;
  toast: ReturnType<typeof useToast>;
}

/** Once the highlights are in, scrolls to the linked passage and flashes it (once per link). */
export function useDeepLink({ target, items, text, reveal, flashRange, toast }: Options): void {
  const handled = useRef<string | null>(null);
  const { show } = toast;
  useEffect(() => {
    if (!target || !items || handled.current === target.key) return;
    handled.current = target.key;
    if (target.highlightId) {
      const item = items.find((h) => h.highlight.id === target.highlightId);
      if (!item) {
        show('That highlight is no longer in this source.', { tone: 'error' });
      } else if (item.anchor.status === 'orphan') {
        reveal(item.highlight.id);
        show('That highlight’s passage could not be found in the text; its quote is in the side panel.', {
          tone: 'error',
        });
      } else {
        reveal(item.highlight.id, false);
        flashRange({ start: item.anchor.start, end: item.anchor.end });
      }
      return;
    }
    if (target.at === undefined) return;
    const range =
      target.to !== undefined && target.to <= text.length
        ? { start: target.at, end: target.to }
        : wordRangeAt(text, target.at);
    if (range) flashRange(range);
    else show('That place is past the end of this source.', { tone: 'error' });
  }, [target, items, text, reveal, flashRange, show]);
}
