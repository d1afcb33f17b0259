import type { SourceKind } from '../../shared/model/source';

const labels: Record<SourceKind, string> = {
  text: 'Text file',
  paste: 'Pasted text',
  html: 'Web page file',
  pdf: 'PDF',
  docx: 'Word document',
  url: 'Web page',
};

/** How a source arrived, in words. */
export function kindLabel(kind: SourceKind): string {
  return labels[kind] ?? kind;
}
