import type { DocNode } from '../../../shared/model';
import { citationKey, citationTargetOf, CITATION_NODE } from '../../../shared/notes/collectCitations';
import type { NumberedCitation } from '../../../shared/packet/noteCitations';
import { QUOTE_STATUS_MARK, quoteStatuses, type QuoteStatus } from '../../../shared/quotes';
import { escapeHtml } from './escapeHtml';
import { quoteMarkHtml } from './quoteHtml';

/** Where a citation in a note points: the passage (`h-…`) or the whole source (`src-…`). */
export function citationAnchor(c: NumberedCitation): string {
  return c.item.highlight ? `h-${c.item.highlight.id}` : `src-${c.item.source.id}`;
}

/** A citation occurrence in a note, so the cited passage can link back to it. */
export interface CitationUse {
  anchor: string;
  citeId: string;
  number: number;
}

const BLOCKS: Record<string, string> = {
  paragraph: 'p',
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
};

function wrapMarks(node: DocNode, html: string): string {
  let out = html;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = `<strong>${out}</strong>`;
    else if (mark.type === 'italic') out = `<em>${out}</em>`;
    else if (mark.type === 'strike') out = `<s>${out}</s>`;
    else if (mark.type === 'underline') out = `<u>${out}</u>`;
    else if (mark.type === 'sourceQuote') out = `<span class="source-quote">${out}</span>`;
  }
  const checked = node.marks?.find((m) => m.type === QUOTE_STATUS_MARK);
  const status = checked?.attrs?.status as QuoteStatus | undefined;
  if (status && quoteStatuses.includes(status))
    out = quoteMarkHtml(status, out, checked?.attrs?.last === true);
  const link = node.marks?.find((m) => m.type === 'link');
  const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : null;
  if (!href) return out;
  // The reader loads nothing from the web: a link is shown with its address as text, never followed.
  // Only web and e-mail addresses are shown at all: a javascript:, data: or file: address has no place
  // in a packet, even as text someone might copy.
  if (!/^(https?:\/\/|mailto:)/i.test(href.trim()))
    return `<span class="ext">${out}</span> <span class="url">⟨address left out: not a web or e-mail address⟩</span>`;
  return `<span class="ext">${out}</span> <span class="url">⟨${escapeHtml(href)}⟩</span>`;
}

/**
 * A note body as HTML for the offline reader. Each citation is a plain anchor to the cited passage,
 * so following it needs no script; its id lets the passage link back.
 */
export function noteHtml(
  doc: DocNode,
  cite: Map<string, NumberedCitation>,
  slug: string,
): { html: string; uses: CitationUse[] } {
  const uses: CitationUse[] = [];
  const render = (node: DocNode): string => {
    if (node.type === 'text') return wrapMarks(node, escapeHtml(node.text ?? ''));
    if (node.type === 'hardBreak') return '<br>';
    if (node.type === 'horizontalRule') return '<hr>';
    if (node.type === CITATION_NODE) {
      const target = citationTargetOf(node);
      const c = target ? cite.get(citationKey(target)) : undefined;
      if (!c) return '<span class="broken">[cited source missing]</span>';
      const citeId = `cite-${slug}-${uses.length + 1}`;
      uses.push({ anchor: citationAnchor(c), citeId, number: c.number });
      return `<sup class="cite"><a id="${citeId}" href="#${citationAnchor(c)}">[${c.number}]</a></sup>`;
    }
    const inner = (node.content ?? []).map(render).join('');
    if (node.type === 'heading') {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)) + 2);
      return `<h${level}>${inner}</h${level}>`;
    }
    if (node.type === 'orderedList') {
      const start = Number(node.attrs?.start ?? 1);
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${inner}</ol>`;
    }
    const tag = BLOCKS[node.type];
    return tag ? `<${tag}>${inner}</${tag}>` : inner;
  };
  return { html: (doc.content ?? []).map(render).join('\n'), uses };
}
