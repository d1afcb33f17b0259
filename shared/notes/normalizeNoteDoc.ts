import type { DocNode } from '../model/note';
import { validateCitationAttrs, validateSourceQuoteAttrs } from './citationAttrs';
import { CITATION_NODE } from './collectCitations';
import { MAX_NOTE_CHARS, MAX_NOTE_DEPTH, MAX_NOTE_NODES, NOTE_MARKS, NOTE_NODES } from './noteSchema';

export const SOURCE_QUOTE_MARK = 'sourceQuote';

type Mark = NonNullable<DocNode['marks']>[number];
type Doc = DocNode & { type: 'doc' };

export interface NormalizedDoc {
  doc: Doc;
  /** What did not fit the editor's schema, in words; empty for a document the editor itself wrote. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Attributes kept from `raw` per `allowed`; each one that is unknown or invalid is a problem. */
function cleanAttrs(
  raw: unknown,
  allowed: Readonly<Record<string, (v: unknown) => boolean>>,
  what: string,
  problems: string[],
): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.push(`${what} has attributes that are not a list of names and values`);
    return undefined;
  }
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const check = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (check?.(value)) kept[name] = value;
    else
      problems.push(check ? `${what} has an unusable ${name}` : `${what} has an unknown attribute “${name}”`);
  }
  return kept;
}

function cleanMarks(raw: unknown, problems: string[]): Mark[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    problems.push('a text has marks that are not a list');
    return undefined;
  }
  return raw.flatMap((mark: unknown): Mark[] => {
    const type = isRecord(mark) ? mark.type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(NOTE_MARKS, type)) {
      problems.push(`unknown formatting “${String(type).slice(0, 40)}”`);
      return [];
    }
    const m = mark as Record<string, unknown>;
    if (type === SOURCE_QUOTE_MARK) {
      // As before: a quotation mark whose highlight is unusable is dropped, its text kept.
      const attrs = validateSourceQuoteAttrs(m.attrs);
      return attrs ? [{ type, attrs }] : [];
    }
    const attrs = cleanAttrs(m.attrs, NOTE_MARKS[type]!, type === 'link' ? 'a link' : `“${type}”`, problems);
    if (type === 'link' && typeof attrs?.href !== 'string') return []; // unsafe link: keep the words only
    return [attrs === undefined ? { type } : { type, attrs }];
  });
}

/** All the text under `node`, gathered without recursion: what a too-deep branch is flattened to. */
function flattenText(node: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!isRecord(n)) continue;
    if (typeof n.text === 'string') parts.push(n.text);
    if (Array.isArray(n.content)) for (let i = n.content.length - 1; i >= 0; i--) stack.push(n.content[i]);
  }
  return parts.join(' ');
}

/** Whether anything under `node` lies more than `levels` levels below it (iterative). */
function reachesBelow(node: unknown, levels: number): boolean {
  const stack: Array<[unknown, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [n, depth] = stack.pop()!;
    if (depth > levels) return true;
    if (isRecord(n) && Array.isArray(n.content))
      for (const child of n.content) stack.push([child, depth + 1]);
  }
  return false;
}

interface Frame {
  raw: unknown;
  into: DocNode[];
  depth: number;
}

/** Checks and copies one node (not its children); null when it must be left out. */
function cleanNode(raw: unknown, problems: string[]): DocNode | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') {
    problems.push('a part of the note is not a node');
    return null;
  }
  const type = raw.type;
  if (!Object.hasOwn(NOTE_NODES, type) || type === 'doc') {
    problems.push(`unknown kind of block “${type.slice(0, 40)}”`);
    return null;
  }
  if (type === CITATION_NODE) {
    // As before: a citation with an unusable target is dropped rather than kept broken.
    const attrs = validateCitationAttrs(raw.attrs);
    return attrs ? { type, attrs: { ...attrs } } : null;
  }
  const node: DocNode = { type };
  const attrs = cleanAttrs(raw.attrs, NOTE_NODES[type]!, `a ${type}`, problems);
  if (attrs !== undefined) node.attrs = attrs;
  if (type === 'text') {
    if (typeof raw.text !== 'string' || raw.text === '') {
      problems.push('a text node has no text');
      return null;
    }
    node.text = raw.text;
    const marks = cleanMarks(raw.marks, problems);
    if (marks !== undefined) node.marks = marks;
  } else if (raw.text !== undefined || raw.marks !== undefined)
    problems.push(`a ${type} carries text or marks`);
  return node;
}

/**
 * Checks a note document against the editor's schema (noteSchema.ts) and returns a clean copy:
 * known nodes, marks and attributes only, links to http, https and mailto only, at most
 * MAX_NOTE_DEPTH levels (deeper branches flattened to their text), bounded in nodes and characters.
 * Walks with an explicit stack, never recursion, so no depth can overflow the call stack. Every
 * departure is listed in `problems`: a save or import refuses a document with any; a note already on
 * disk opens with the clean copy.
 */
export function normalizeNoteDoc(value: unknown): NormalizedDoc {
  const problems: string[] = [];
  const doc: Doc = { type: 'doc' };
  if (!isRecord(value) || value.type !== 'doc') return { doc, problems: ['it is not a note document'] };
  if (value.content !== undefined) doc.content = [];
  let nodes = 0;
  let chars = 0;
  const stack: Frame[] = [];
  const pushChildren = (raw: Record<string, unknown>, into: DocNode[], depth: number) => {
    if (raw.content === undefined) return;
    if (!Array.isArray(raw.content)) return void problems.push('a block’s content is not a list');
    for (let i = raw.content.length - 1; i >= 0; i--) stack.push({ raw: raw.content[i], into, depth });
  };
  if (doc.content) pushChildren(value, doc.content, 1);
  while (stack.length > 0) {
    const { raw, into, depth } = stack.pop()!;
    if (++nodes > MAX_NOTE_NODES) {
      problems.push(`it has more than ${MAX_NOTE_NODES.toLocaleString('en')} parts`);
      break;
    }
    // A branch that would go deeper than the limit becomes one paragraph of its text, at a depth
    // where that paragraph and its text still fit (each node is looked at by at most one such check).
    if (depth > MAX_NOTE_DEPTH || (depth === MAX_NOTE_DEPTH - 1 && reachesBelow(raw, 1))) {
      problems.push(`it is nested more than ${MAX_NOTE_DEPTH} levels deep`);
      const text = flattenText(raw).slice(0, MAX_NOTE_CHARS);
      if (text) into.push({ type: 'paragraph', content: [{ type: 'text', text }] });
      continue;
    }
    const node = cleanNode(raw, problems);
    if (!node) continue;
    chars += (node.text?.length ?? 0) + (node.attrs ? JSON.stringify(node.attrs).length : 0);
    if (chars > MAX_NOTE_CHARS) {
      problems.push(`it is longer than ${MAX_NOTE_CHARS.toLocaleString('en')} characters`);
      break;
    }
    into.push(node);
    if (isRecord(raw) && raw.content !== undefined && node.type !== 'text') {
      node.content = [];
      pushChildren(raw, node.content, depth + 1);
    }
  }
  return { doc, problems: [...new Set(problems)] };
}

/** A clean copy of a stored note document (see normalizeNoteDoc); what does not fit is left out. */
export function sanitizeNoteDoc<T extends DocNode>(doc: T): T {
  return normalizeNoteDoc(doc).doc as unknown as T;
}
