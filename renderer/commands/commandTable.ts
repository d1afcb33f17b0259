/**
 * Every command of the app, once: the palette lists them, the `?` overlay shows their keys and the key
 * handlers look keys up here. Adding a command is one line here plus `useCommandHandlers` where it runs.
 */
export type CommandScope = 'global' | 'reader' | 'panel' | 'notes' | 'claims';

export interface CommandDef {
  id: string;
  title: string;
  scope: CommandScope;
  /** Keys as `Mod+K`, `Alt+1`, `h`, `?` (Mod is Ctrl, or Cmd on a Mac); the first is the one shown. */
  keys?: readonly string[];
  /** Other words the palette should match. */
  keywords?: string;
  /** Works from inside a text field too (chords only; single keys never fire while typing). */
  inFields?: true;
  /** Only a key, not offered in the palette (it needs a place in the text, or a key to tell which). */
  keyOnly?: true;
}

const c = (
  id: string,
  scope: CommandScope,
  title: string,
  keys?: readonly string[],
  extra: Omit<CommandDef, 'id' | 'scope' | 'title' | 'keys'> = {},
): CommandDef => ({ id, scope, title, ...(keys ? { keys } : {}), ...extra });

export const COMMANDS: readonly CommandDef[] = [
  c('palette.open', 'global', 'Search and run commands', ['Mod+K'], { inFields: true, keyOnly: true }),
  c('help.shortcuts', 'global', 'Show keyboard shortcuts', ['?'], { keywords: 'help keys' }),
  c('go.library', 'global', 'Go to Library', ['Alt+1'], { inFields: true, keywords: 'sources' }),
  c('go.entities', 'global', 'Go to Entities', ['Alt+2'], { inFields: true, keywords: 'people places' }),
  c('go.claims', 'global', 'Go to Claims', ['Alt+3'], { inFields: true, keywords: 'board' }),
  c('go.notes', 'global', 'Go to Notes (last note)', ['Alt+4'], { inFields: true }),
  c('go.packets', 'global', 'Go to Packets', ['Alt+5'], { inFields: true }),
  c('go.search', 'global', 'Go to the search page', ['Alt+6'], { inFields: true, keywords: 'find' }),
  c('go.timeline', 'global', 'Go to Timeline', ['Alt+7'], { inFields: true, keywords: 'dates chronology' }),
  c('go.main', 'global', 'Move focus to the main content', ['Alt+0'], { inFields: true, keywords: 'skip' }),
  c('note.new', 'global', 'New note', ['n'], { keywords: 'write create' }),
  c('import.files', 'global', 'Import files…', ['i'], { keywords: 'open pdf word html' }),
  c('import.paste', 'global', 'Paste text as a new source…', undefined, { keywords: 'import clipboard' }),
  c('import.folder', 'global', 'Import a folder…', undefined, { keywords: 'directory' }),
  c('import.web', 'global', 'Add from a web address…', undefined, { keywords: 'url import link' }),
  c('packet.export', 'global', 'Export a research packet', undefined, { keywords: 'zip editor' }),
  c('packet.import', 'global', 'Import a packet from a colleague', undefined, { keywords: 'merge zip' }),
  c('packet.verify', 'global', 'Verify a packet', undefined, { keywords: 'check signature' }),
  c('notebook.switch', 'global', 'Switch notebook…', undefined, { keywords: 'open folder' }),
  c('notebook.share', 'global', 'Share this notebook…', undefined, { keywords: 'team sync server invite' }),
  c('notebook.join', 'global', 'Join a shared notebook…', undefined, { keywords: 'team sync invitation' }),
  c('reader.focusText', 'reader', 'Put the caret in the text', ['t'], { keywords: 'caret keyboard select' }),
  c('reader.sentence', 'reader', 'Select the sentence at the caret', ['s'], { keyOnly: true }),
  c('reader.paragraph', 'reader', 'Select the paragraph at the caret', ['p'], { keyOnly: true }),
  c('reader.highlight', 'reader', 'Highlight the selection', ['h'], { keyOnly: true }),
  c('reader.color', 'reader', 'Highlight or recolour in colour 1–5', ['1', '2', '3', '4', '5'], {
    keyOnly: true,
  }),
  c('reader.entity', 'reader', 'Tag an entity on the selection or highlight', ['e'], { keyOnly: true }),
  c('reader.claim', 'reader', 'Attach a claim to the selection or highlight', ['c'], { keyOnly: true }),
  c('reader.notArticle', 'reader', 'This is not part of the article (move the selected blocks out)', ['x'], {
    keyOnly: true,
  }),
  c('reader.toolbar', 'reader', 'Move focus to the selection toolbar', ['Alt+T'], { keyOnly: true }),
  c('reader.next', 'reader', 'Next highlight', ['j'], { keywords: 'down' }),
  c('reader.previous', 'reader', 'Previous highlight', ['k'], { keywords: 'up' }),
  c('reader.delete', 'reader', 'Delete the selected highlight (with undo)', ['Delete', 'Backspace'], {
    keyOnly: true,
  }),
  c('reader.undo', 'reader', 'Undo the last deletion', ['Mod+Z'], { keyOnly: true }),
  c('reader.escape', 'reader', 'Let go of the selection, then back to the library', ['Escape'], {
    keyOnly: true,
  }),
  c('reader.find', 'reader', 'Find in this source', ['Mod+F'], { inFields: true }),
  c('reader.toggleNote', 'reader', 'Show or hide the note beside the text', ['Alt+N'], { inFields: true }),
  c('reader.togglePanel', 'reader', 'Show or hide the highlights panel', ['Alt+H'], { inFields: true }),
  c('reader.details', 'reader', 'Source details and provenance', undefined, { keywords: 'metadata' }),
  c('panel.cite', 'panel', 'Cite the selected highlight in the last note', ['q'], { keywords: 'quote' }),
  c('panel.comment', 'panel', 'Comment on the selection or the selected highlight', ['m'], {
    keywords: 'note tag',
  }),
  c('panel.suggestions', 'panel', 'Show names that could become entities', ['Alt+S'], { inFields: true }),
  c('notes.checkQuotes', 'notes', 'Check quotes in this note', ['Mod+Shift+Q'], { inFields: true }),
  c('notes.focusEditor', 'notes', 'Move focus to the note text', ['Alt+E'], { inFields: true }),
  c('notes.rename', 'notes', 'Rename this note', ['F2', 'Alt+Shift+R'], {
    inFields: true,
    keywords: 'title',
  }),
  c('notes.revisions', 'notes', 'Show or hide the note’s revisions', ['Alt+R'], { inFields: true }),
  c('claims.new', 'claims', 'New claim', ['a'], { keywords: 'add statement' }),
  c('claims.newQuestion', 'claims', 'New question', undefined, { keywords: 'group rival answers' }),
  c('claims.filter', 'claims', 'Filter claims by status', ['f'], { keywords: 'contested supported' }),
  c('claims.nextCard', 'claims', 'Next claim', ['j'], { keywords: 'down card' }),
  c('claims.previousCard', 'claims', 'Previous claim', ['k'], { keywords: 'up card' }),
  c('claims.status', 'claims', 'Change the status of this claim', ['s'], { keyOnly: true }),
  c('claims.claimant', 'claims', 'Change who made this claim', ['w'], { keyOnly: true }),
  c('claims.answer', 'claims', 'Move this claim under a question', ['q'], { keyOnly: true }),
  c('claims.edit', 'claims', 'Edit the statement of this claim', ['r'], { keyOnly: true }),
];

const byId = new Map(COMMANDS.map((command) => [command.id, command]));

/** The command with this id; throws for an id not in the table (a typo in code, caught by tests). */
export function command(id: string): CommandDef {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown command ${id}`);
  return found;
}

export const SCOPE_TITLES: Record<CommandScope, string> = {
  global: 'Anywhere',
  reader: 'Reader',
  panel: 'Highlights panel',
  notes: 'Notes',
  claims: 'Claims board',
};
