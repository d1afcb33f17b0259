/**
 * Escapes text so Markdown shows it literally: emphasis, code, links, footnote brackets, HTML and
 * entity starts anywhere (CommonMark lets any ASCII punctuation be backslash-escaped).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`);
}

/** Escapes what would start a heading, quote, list or rule at the beginning of a line. */
export function escapeLineStarts(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#>+\-=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

/** A link destination in angle brackets, with what would end it percent-encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}
