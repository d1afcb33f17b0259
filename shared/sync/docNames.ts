// The names of a shared notebook's Yjs documents and who may write each (docs/sync.md).

export type Role = 'editor' | 'reviewer';
export const roles: readonly Role[] = ['editor', 'reviewer'];

const ID = '[A-Za-z0-9_-]{1,64}';
const NOTEBOOK_ID = new RegExp(`^${ID}$`);
const DOC = new RegExp(`^(${ID})/(notebook|replies|highlights/${ID}|note/${ID})$`);

export type DocKind = 'notebook' | 'replies' | 'highlights' | 'note';

export interface DocName {
  notebookId: string;
  kind: DocKind;
  /** The source id (highlights) or note id (note); empty for the notebook and replies. */
  id: string;
}

export function isNotebookId(value: string): boolean {
  return NOTEBOOK_ID.test(value);
}

/** The parts of a document name, or null when it is not one of ours. */
export function parseDocName(name: string): DocName | null {
  const match = DOC.exec(name);
  if (!match) return null;
  const [, notebookId = '', rest = ''] = match;
  const slash = rest.indexOf('/');
  const kind = (slash < 0 ? rest : rest.slice(0, slash)) as DocKind;
  return { notebookId, kind, id: slash < 0 ? '' : rest.slice(slash + 1) };
}

export function docName(notebookId: string, kind: DocKind, id = ''): string {
  return kind === 'notebook' || kind === 'replies' ? `${notebookId}/${kind}` : `${notebookId}/${kind}/${id}`;
}

/**
 * Whether a member with `role` may change the document: a reviewer writes only replies, and only new
 * replies to existing highlights (the server checks each with checkReviewerUpdate).
 */
export function mayWrite(role: Role, kind: DocKind): boolean {
  return role === 'editor' || kind === 'replies';
}

/** What the server tells a member's client when it dropped their change (their role forbids it). */
export const REFUSED_NOTICE = '{"type":"refused","reason":"role"}';
