/** Markdown inline syntax reduced to the words a reader sees: links to their text, emphasis and code unwrapped, images dropped. */
export function stripMarkdownInline(text: string): string {
  // Emphasis patterns pair markers across a line; on a giant line that pairing is quadratic.
  if (text.length > 20_000) return text;
  return text
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][^>\n]*>/gi, '')
    .replace(/(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/~~(?=\S)([^~\n]+?)(?<=\S)~~/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** True when a file name or the text itself says it is Markdown. */
export function looksLikeMarkdown(text: string, fileName?: string): boolean {
  if (fileName && /\.(md|markdown|mdown|mkd)$/i.test(fileName)) return true;
  const sample = text.slice(0, 20_000);
  const signals =
    (sample.match(/^#{1,6}\s+\S/gm)?.length ?? 0) +
    (sample.match(/\[[^\]\n]+\]\([^)\n]+\)/g)?.length ?? 0) +
    (sample.match(/\*\*[^*\n]+\*\*/g)?.length ?? 0);
  return signals >= 3;
}
