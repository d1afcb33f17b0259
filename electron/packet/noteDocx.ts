import { noteTitle } from '../../shared/notes/noteFacts';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { DocNode } from '../../shared/model';
import { citationKey, citationTargetOf, CITATION_NODE } from '../../shared/notes/collectCitations';
import { quoteText, referenceText, type NumberedCitation } from '../../shared/packet/noteCitations';

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const ORDERED = 'ordered';

interface Builder {
  cite: Map<string, NumberedCitation>;
  footnotes: Record<string, { children: Paragraph[] }>;
  nextFootnote: number;
  nextList: number;
}

function footnoteFor(b: Builder, c: NumberedCitation): number {
  const id = b.nextFootnote++;
  const quote = quoteText(c.item);
  const runs = [
    ...(quote ? [new TextRun({ text: `“${quote}”`, italics: true }), new TextRun(' — ')] : []),
    new TextRun(referenceText(c.item)),
  ];
  b.footnotes[String(id)] = { children: [new Paragraph({ children: runs })] };
  return id;
}

function inline(b: Builder, nodes: readonly DocNode[]): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })];
    if (node.type === CITATION_NODE) {
      const target = citationTargetOf(node);
      const c = target ? b.cite.get(citationKey(target)) : undefined;
      // Word footnotes are one per reference mark, so each citation gets its own footnote.
      return c ? [new FootnoteReferenceRun(footnoteFor(b, c))] : [new TextRun('[cited source missing]')];
    }
    if (node.type !== 'text') return inline(b, node.content ?? []);
    const has = (type: string): boolean => (node.marks ?? []).some((m) => m.type === type);
    const link = node.marks?.find((m) => m.type === 'link');
    const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : null;
    const run = new TextRun({
      text: node.text ?? '',
      bold: has('bold'),
      italics: has('italic'),
      strike: has('strike'),
      ...(has('underline') ? { underline: {} } : {}),
      ...(href ? { style: 'Hyperlink' } : {}),
    });
    return href ? [new ExternalHyperlink({ link: href, children: [run] })] : [run];
  });
}

function blocks(b: Builder, nodes: readonly DocNode[], depth: number, quote: boolean): Paragraph[] {
  return nodes.flatMap((node): Paragraph[] => {
    const indent = quote ? { left: 720 } : undefined;
    switch (node.type) {
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1)));
        return [new Paragraph({ heading: HEADINGS[level - 1], children: inline(b, node.content ?? []) })];
      }
      case 'blockquote':
        return blocks(b, node.content ?? [], depth, true);
      case 'horizontalRule':
        return [new Paragraph({ thematicBreak: true })];
      case 'bulletList':
      case 'orderedList': {
        const instance = b.nextList++;
        return (node.content ?? []).flatMap((item) =>
          (item.content ?? []).flatMap((child, i): Paragraph[] => {
            if (child.type === 'bulletList' || child.type === 'orderedList')
              return blocks(b, [child], depth + 1, quote);
            const children = inline(b, child.content ?? []);
            if (i > 0) return [new Paragraph({ children, indent: { left: 720 * (depth + 1) } })];
            return node.type === 'bulletList'
              ? [new Paragraph({ children, bullet: { level: depth } })]
              : [new Paragraph({ children, numbering: { reference: ORDERED, level: depth, instance } })];
          }),
        );
      }
      case 'paragraph':
        return [new Paragraph({ children: inline(b, node.content ?? []), ...(indent ? { indent } : {}) })];
      default:
        return node.content ? blocks(b, node.content, depth, quote) : [];
    }
  });
}

/** A note as a Word document whose citations are real footnotes quoting the passage and naming the source. */
export async function noteToDocx(
  title: string,
  doc: DocNode,
  cite: Map<string, NumberedCitation>,
): Promise<Uint8Array> {
  const b: Builder = { cite, footnotes: {}, nextFootnote: 1, nextList: 1 };
  const body = blocks(b, doc.content ?? [], 0, false);
  const document = new Document({
    creator: 'Research Notebook',
    title: noteTitle(title),
    footnotes: b.footnotes,
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun(noteTitle(title))],
          }),
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
