// Kept free of imports so the sandboxed preload can bundle it without zod.
export const callNames = [
  'getNotebookInfo',
  'openNotebook',
  'createNotebook',
  'listSources',
  'getSource',
  'importFile',
  'importText',
  'importHtml',
  'importUrl',
  'deleteSource',
  'listHighlights',
  'createHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'listEntities',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'deleteEntity',
  'getEntityPage',
  'suggestEntities',
  'rejectSuggestion',
  'listClaims',
  'createClaim',
  'updateClaim',
  'addEvidence',
  'removeEvidence',
  'deleteClaim',
  'listNotes',
  'createNote',
  'renameNote',
  'getNote',
  'saveNote',
  'trashNote',
  'restoreNote',
  'snapshotNote',
  'listRevisions',
  'getRevision',
  'restoreRevision',
  'resolveCitations',
  'citingNotes',
  'searchCitables',
] as const;

export type CallName = (typeof callNames)[number];

/** IPC channel for one call; the only place channel strings are made. */
export function ipcChannel(name: CallName): string {
  return `rn:${name}`;
}
