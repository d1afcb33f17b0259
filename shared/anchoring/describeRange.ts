import { AppError } from '../errors';
import { isHighSurrogate, isLowSurrogate, splitsSurrogatePair } from './strings';
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Default number of UTF-16 code units of context stored on each side of a quote. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/** Builds the selectors that store a highlight of text[start..end) (UTF-16 offsets). */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new AppError(
      'INVALID_INPUT',
      `The selection ${start}–${end} is outside the text (0–${text.length}).`,
    );
  }
  if (end <= start)
    throw new AppError('INVALID_INPUT', 'The selection is empty: select at least one character.');
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new AppError(
      'INVALID_INPUT',
      'The context length must be a whole number of characters, 0 or more.',
    );
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new AppError('INVALID_INPUT', 'The selection cuts a character (such as an emoji) in half.');
  }
  const exact = text.slice(start, end);
  if (exact.trim().length === 0) {
    throw new AppError(
      'INVALID_INPUT',
      'The selection holds only white space: select at least one visible character.',
    );
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (isLowSurrogate(text.charCodeAt(prefixStart)) && prefixStart > 0) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (isHighSurrogate(text.charCodeAt(suffixEnd - 1)) && suffixEnd < text.length) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
