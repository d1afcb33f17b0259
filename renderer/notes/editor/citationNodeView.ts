import type { NodeViewRenderer } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import { validateCitationAttrs } from '../../../shared/notes/citationAttrs';
import { CITATION_NODE } from '../../../shared/notes/collectCitations';
import { lookFromDecorations } from './citationDecorations';

/** The on-screen citation: `[n]`, or `[n?]` when what it cites is gone; hover text from the decoration. */
export const citationNodeView: NodeViewRenderer = ({ node: initial, decorations: initialDecorations }) => {
  const dom = document.createElement('cite');
  dom.setAttribute('data-citation', '');
  dom.setAttribute('role', 'link');

  // Every keystroke re-runs the decorations of all citations; writing unchanged values back
  // into the DOM would force a layout of the whole note, so only real changes are written.
  let painted = '';
  const paint = (node: PMNode, decorations: readonly Decoration[]): void => {
    const target = validateCitationAttrs(node.attrs);
    const look = lookFromDecorations(decorations);
    const broken = !target || look?.broken === true;
    const label = `${look?.number ?? '?'}${broken ? '?' : ''}`;
    const title = target ? (look?.title ?? '') : 'This citation is damaged and cannot be opened';
    const key = [label, title, target?.sourceId ?? '', target?.highlightId ?? ''].join('\u0000');
    if (key === painted) return;
    painted = key;
    dom.textContent = `[${label}]`;
    dom.className = broken ? 'citation citation-broken' : 'citation';
    dom.title = title;
    dom.setAttribute('aria-label', `Citation ${label}${look?.title ? `: ${look.title}` : ''}`);
    dom.setAttribute('data-source-id', target?.sourceId ?? '');
    if (target?.highlightId) dom.setAttribute('data-highlight-id', target.highlightId);
    else dom.removeAttribute('data-highlight-id');
  };
  paint(initial, initialDecorations);

  return {
    dom,
    update: (node, decorations) => {
      if (node.type.name !== CITATION_NODE) return false;
      paint(node, decorations);
      return true;
    },
    // The label is ours; ProseMirror must not read our text changes as edits.
    ignoreMutation: () => true,
  };
};
