import { mentionPattern } from '../../shared/entities/findMentions';

export interface TextPart {
  text: string;
  mark: boolean;
}

/** Splits a sentence into plain and marked parts, marking every whole-word use of any of the names. */
export function markNames(sentence: string, names: readonly string[]): TextPart[] {
  const pattern = mentionPattern([...names]);
  if (!pattern) return [{ text: sentence, mark: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: sentence.slice(at, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < sentence.length || parts.length === 0) parts.push({ text: sentence.slice(at), mark: false });
  return parts;
}
