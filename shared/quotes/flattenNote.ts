import type { DocNode } from '../model/note';
import { validateCitationAttrs } from '../notes/citationAttrs';
import { CITATION_NODE, type CitationTarget } from '../notes/collectCitations';

/** Stands for a citation in the flat text, so sentence rules see where it sits. */
export const CITATION_CHAR = '\ufffc';

export interface FlatBlock {
  start: number;
  end: number;
  /** 'quote' for a paragraph inside a block quote. */
  kind: 'p' | 'quote';
  /** Paragraphs of the same block quote share a group number. */
  group: number;
}

/** A run of flat text that came from one text node, and where that node starts in the editor. */
export interface FlatRun {
  flat: number;
  /** ProseMirror position of the run's first character. */
  pos: number;
  length: number;
}

/** A note (or draft) as plain text: blocks separated by blank lines, citations as CITATION_CHAR. */
export interface FlatNote {
  text: string;
  blocks: FlatBlock[];
  citations: Map<number, CitationTarget>;
  runs: FlatRun[];
  /** The document's text nodes in reading order with their flat offsets (notes only). */
  textNodes: { node: DocNode; flat: number }[];
}

type Frame = { node: DocNode; pos: number; quote: number };

/** Builds a FlatNote block by block; drafts from other editors use it too. */
export class FlatBuilder {
  private text = '';
  private blocks: FlatBlock[] = [];
  private citations = new Map<number, CitationTarget>();
  private runs: FlatRun[] = [];
  private textNodes: { node: DocNode; flat: number }[] = [];
  private open: { start: number; kind: FlatBlock['kind']; group: number } | null = null;

  startBlock(kind: FlatBlock['kind'], group: number): void {
    this.endBlock();
    if (this.blocks.length > 0) this.text += '\n\n';
    this.open = { start: this.text.length, kind, group };
  }
  addText(text: string, pos = -1, node?: DocNode): void {
    if (!this.open) this.startBlock('p', -1);
    if (node) this.textNodes.push({ node, flat: this.text.length });
    if (pos >= 0) this.runs.push({ flat: this.text.length, pos, length: text.length });
    this.text += text;
  }
  addCitation(target: CitationTarget, pos = -1): void {
    if (!this.open) this.startBlock('p', -1);
    if (pos >= 0) this.runs.push({ flat: this.text.length, pos, length: 1 });
    this.citations.set(this.text.length, target);
    this.text += CITATION_CHAR;
  }
  endBlock(): void {
    if (!this.open) return;
    this.blocks.push({ ...this.open, end: this.text.length });
    this.open = null;
  }
  finish(): FlatNote {
    this.endBlock();
    const { text, blocks, citations, runs, textNodes } = this;
    return { text, blocks, citations, runs, textNodes };
  }
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * A note document as flat text, walked without recursion (stored documents are untrusted), with
 * the editor position of every character kept so a quotation found here can be shown in place.
 * Positions follow ProseMirror's rule: entering or leaving a node costs one, a leaf one, text
 * its length.
 */
export function flattenNote(doc: DocNode): FlatNote {
  const out = new FlatBuilder();
  let groups = 0;
  const stack: Frame[] = [];
  const pushChildren = (node: DocNode, start: number, quote: number): void => {
    const children = node.content ?? [];
    const frames: Frame[] = [];
    let pos = start;
    for (const child of children) {
      frames.push({ node: child, pos, quote });
      pos += nodeSize(child);
    }
    for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i] as Frame);
  };
  pushChildren(doc, 0, -1);
  while (stack.length > 0) {
    const { node, pos, quote } = stack.pop() as Frame;
    if (TEXTBLOCKS.has(node.type)) {
      out.startBlock(quote >= 0 ? 'quote' : 'p', quote);
      let at = pos + 1;
      for (const child of node.content ?? []) {
        if (child.type === 'text') out.addText(child.text ?? '', at, child);
        else if (child.type === CITATION_NODE) {
          const target = validateCitationAttrs(child.attrs);
          if (target) out.addCitation(target, at);
        } else if (child.type === 'hardBreak') out.addText('\n', at);
        at += nodeSize(child);
      }
      out.endBlock();
    } else if (node.content) {
      pushChildren(node, pos + 1, node.type === 'blockquote' ? (quote >= 0 ? quote : groups++) : quote);
    }
  }
  return out.finish();
}

/** ProseMirror size of a node, without recursion. */
export function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (!node.content) return 1;
  let size = 2;
  const stack: DocNode[] = [...node.content];
  while (stack.length > 0) {
    const n = stack.pop() as DocNode;
    if (n.type === 'text') size += n.text?.length ?? 0;
    else if (!n.content) size += 1;
    else {
      size += 2;
      for (const c of n.content) stack.push(c);
    }
  }
  return size;
}

/** A plain-text draft: paragraphs at blank lines, lines starting with ">" as block quotes. */
export function flattenPlainText(text: string): FlatNote {
  const out = new FlatBuilder();
  let group = 0;
  let inQuote = false;
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const trimmed = para.trim();
    if (!trimmed) continue;
    const quoted = trimmed.startsWith('>');
    if (quoted && !inQuote) group++;
    inQuote = quoted;
    out.startBlock(quoted ? 'quote' : 'p', quoted ? group : -1);
    out.addText(quoted ? trimmed.replace(/^>[ \t]?/gm, '') : trimmed);
  }
  return out.finish();
}

/**
 * The editor position of a flat offset (a note's quotation start or end), from the runs
 * flattenNote recorded; null when the offset falls between blocks.
 */
export function flatToPos(note: FlatNote, offset: number): number | null {
  let lo = 0;
  let hi = note.runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const run = note.runs[mid] as FlatRun;
    if (offset < run.flat) hi = mid - 1;
    else if (offset > run.flat + run.length) lo = mid + 1;
    else return run.pos + (offset - run.flat);
  }
  return null;
}
