import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimsBoard } from '../claims/ClaimsBoard';
import { ComparePage } from '../compare/ComparePage';
import { EntitiesPage } from '../entities/EntitiesPage';
import { EntityPage } from '../entities/EntityPage';
import { LibraryScreen } from '../library/LibraryScreen';
import { NotesPage } from '../notes/NotesPage';
import { PacketsPage } from '../packets/PacketsPage';
import { ReaderPage } from '../reader/ReaderPage';
import { SearchPage } from '../search/SearchPage';
import { SourceDetailsPage } from '../sourceDetails/SourceDetailsPage';
import { TimelinePage } from '../timeline/TimelinePage';
import { parseRoute, type Route } from '../ui/route';
import { routeEntry, type PageShell } from './routeTable';

const reloadSources = () => undefined;
const shell: PageShell = {
  reloadSources,
  library: {
    sources: { status: 'loading', value: undefined, error: undefined, reload: () => undefined },
    onOpen: () => undefined,
    returnToId: null,
    onImportClick: () => undefined,
    onPasteClick: () => undefined,
    pasteShortcut: 'Ctrl+V',
  },
};

const pageOf = (hash: string) => {
  const route = parseRoute(hash);
  return routeEntry(route).page(route, shell) as ReactElement<Record<string, unknown>>;
};

describe('the route table', () => {
  it.each<[string, unknown, string | null, Record<string, unknown>]>([
    ['#/', LibraryScreen, null, shell.library],
    ['#/source/s1', ReaderPage, 's1', { id: 's1', highlightId: undefined, at: undefined, to: undefined }],
    ['#/source/s1/h/h2', ReaderPage, 's1', { id: 's1', highlightId: 'h2' }],
    ['#/source/s1?at=4&to=9', ReaderPage, 's1', { id: 's1', at: 4, to: 9 }],
    [
      '#/source/s1/details',
      SourceDetailsPage,
      's1',
      { id: 's1', showRemoved: false, onChanged: reloadSources },
    ],
    ['#/source/s1/details?show=removed', SourceDetailsPage, 's1', { showRemoved: true }],
    ['#/compare/a/b', ComparePage, 'a/b', { leftId: 'a', rightId: 'b' }],
    ['#/entities', EntitiesPage, null, {}],
    ['#/entity/e1', EntityPage, 'e1', { id: 'e1' }],
    ['#/search?q=mayor', SearchPage, null, { q: 'mayor' }],
    ['#/claims', ClaimsBoard, null, {}],
    ['#/timeline', TimelinePage, null, {}],
    ['#/notes', NotesPage, null, { noteId: null }],
    ['#/notes/n1', NotesPage, null, { noteId: 'n1' }],
    ['#/packets', PacketsPage, null, { onImported: reloadSources }],
  ])('%s shows its page, keyed by what it shows', (hash, type, key, props) => {
    const page = pageOf(hash);
    expect(page.type).toBe(type);
    expect(page.key).toBe(key);
    expect(page.props).toMatchObject(props);
  });

  it.each<[Route['name'], string, boolean]>([
    ['library', 'library', false],
    ['source', 'library', true],
    ['sourceDetails', 'library', false],
    ['compare', 'library', false],
    ['entities', 'entities', false],
    ['entity', 'entities', false],
    ['search', 'search', false],
    ['claims', 'claims', false],
    ['notes', 'notes', false],
    ['packets', 'packets', false],
  ])('%s is marked as the %s section; full height: %s', (name, section, fullHeight) => {
    const entry = routeEntry({ name } as Route);
    expect(entry.section).toBe(section);
    expect(entry.fullHeight ?? false).toBe(fullHeight);
  });

  describe('links out of the notes page', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('opens another note and a cited passage by changing the hash', () => {
      const location = { hash: '' };
      vi.stubGlobal('window', { location });
      const props = pageOf('#/notes').props as {
        onOpenNote: (id: string) => void;
        onOpenCitation: (target: { sourceId: string; highlightId: string | null }) => void;
      };
      props.onOpenNote('n 2');
      expect(location.hash).toBe('#/notes/n%202');
      props.onOpenCitation({ sourceId: 's1', highlightId: 'h1' });
      expect(location.hash).toBe('#/source/s1/h/h1');
    });
  });
});
