import type { DocNode } from '../model/note';
import { citationKey, citationTargetOf, CITATION_NODE } from '../notes/collectCitations';
import { escapeMarkdown, escapeLineStarts, markdownUrl } from './escapeMarkdown';
import { quoteText, referenceParts, type NumberedCitation } from './noteCitations';
import { noteTitle } from '../notes/noteFacts';

const MARK_ORDER = ['link', 'bold', 'italic', 'strike'] as const;
type MarkName = (typeof MARK_ORDER)[number];
const DELIMS: Record<Exclude<MarkName, 'link'>, string> = { bold: '**', italic: '*', strike: '~~' };

interface OpenMark {
  name: MarkName;
  href: string;
}

function marksOf(node: DocNode): OpenMark[] {
  const marks = node.marks ?? [];
  return MARK_ORDER.flatMap((name) => {
    const mark = marks.find((m) => m.type === name);
    if (!mark) return [];
    const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
    return name === 'link' && !href ? [] : [{ name, href }];
  });
}

const same = (a: OpenMark, b: OpenMark): boolean => a.name === b.name && a.href === b.href;

/**
 * Inline content with marks opened and closed as a stack, so mixed runs stay valid Markdown; white
 * space is kept outside delimiters, where CommonMark needs it to be.
 */
function renderInline(nodes: readonly DocNode[], cite: Map<string, NumberedCitation>): string {
  let out = '';
  const open: OpenMark[] = [];
  const close = (keep: number): void => {
    const trailing = /\s*$/.exec(out)?.[0] ?? '';
    out = out.slice(0, out.length - trailing.length);
    while (open.length > keep) {
      const mark = open.pop() as OpenMark;
      out += mark.name === 'link' ? `](${markdownUrl(mark.href)})` : DELIMS[mark.name];
    }
    out += trailing;
  };
  for (const node of nodes) {
    const wanted = node.type === 'text' ? marksOf(node) : [];
    let keep = 0;
    while (
      keep < open.length &&
      keep < wanted.length &&
      same(open[keep] as OpenMark, wanted[keep] as OpenMark)
    )
      keep++;
    close(keep);
    let text = '';
    if (node.type === 'text') text = escapeMarkdown(node.text ?? '');
    else if (node.type === 'hardBreak') text = '\\\n';
    else if (node.type === CITATION_NODE) {
      const target = citationTargetOf(node);
      const numbered = target ? cite.get(citationKey(target)) : undefined;
      text = numbered ? `[^${numbered.number}]` : '\\[citation withheld\\]';
    } else if (node.content) text = renderInline(node.content, cite);
    const lead = /^\s*/.exec(text)?.[0] ?? '';
    if (wanted.length > open.length && text.trim().length > 0) {
      out += lead;
      text = text.slice(lead.length);
      for (const mark of wanted.slice(open.length)) {
        open.push(mark);
        out += mark.name === 'link' ? '[' : DELIMS[mark.name];
      }
    }
    out += text;
  }
  close(0);
  return out;
}

const indent = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line.length > 0 ? rest + line : line))
    .join('\n');

function renderBlock(node: DocNode, cite: Map<string, NumberedCitation>): string {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return escapeLineStarts(renderInline(children, cite));
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)) + 1);
      return `${'#'.repeat(level)} ${renderInline(children, cite).replace(/\n/g, ' ')}`;
    }
    case 'blockquote':
      return renderBlocks(children, cite)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'bulletList':
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1) || 1;
      return children
        .map((item, i) => {
          const marker = node.type === 'bulletList' ? '- ' : `${start + i}. `;
          return indent(renderBlocks(item.content ?? [], cite) || ' ', marker, ' '.repeat(marker.length));
        })
        .join('\n');
    }
    case 'horizontalRule':
      return '* * *';
    default:
      return children.some((c) => c.type === 'text' || c.type === CITATION_NODE)
        ? escapeLineStarts(renderInline(children, cite))
        : renderBlocks(children, cite);
  }
}

function renderBlocks(nodes: readonly DocNode[], cite: Map<string, NumberedCitation>): string {
  return nodes
    .map((n) => renderBlock(n, cite))
    .filter((b) => b.trim().length > 0)
    .join('\n\n');
}

/**
 * A note as GitHub-flavoured Markdown: title, body, and one footnote per cited item (`[^n]`) that
 * quotes the passage and names the source.
 */
export function noteToMarkdown(title: string, doc: DocNode, cite: Map<string, NumberedCitation>): string {
  const body = renderBlocks(doc.content ?? [], cite);
  const notes = [...cite.values()]
    .sort((a, b) => a.number - b.number)
    .map((c) => {
      const quote = quoteText(c.item);
      const { text, url } = referenceParts(c.item);
      const link =
        url && /^https?:\/\/[^\s<>]+$/i.test(url) ? ` <${url}>` : url ? ` ${escapeMarkdown(url)}` : '';
      return `[^${c.number}]: ${quote ? `“${escapeMarkdown(quote)}” — ` : ''}${escapeMarkdown(text)}${link}`;
    });
  const parts = [`# ${escapeMarkdown(noteTitle(title))}`, body, notes.join('\n')].filter((p) => p.length > 0);
  return `${parts.join('\n\n')}\n`;
}
