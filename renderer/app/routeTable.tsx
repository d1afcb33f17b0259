import type { ReactElement } from 'react';
import { ClaimsBoard } from '../claims/ClaimsBoard';
import { ComparePage } from '../compare/ComparePage';
import { EntitiesPage } from '../entities/EntitiesPage';
import { EntityPage } from '../entities/EntityPage';
import { LibraryScreen, type LibraryScreenProps } from '../library/LibraryScreen';
import { NotesPage } from '../notes/NotesPage';
import { PacketsPage } from '../packets/PacketsPage';
import { ReaderPage } from '../reader/ReaderPage';
import { SearchPage } from '../search/SearchPage';
import { SourceDetailsPage } from '../sourceDetails/SourceDetailsPage';
import { TimelinePage } from '../timeline/TimelinePage';
import type { CitationTarget } from '../../shared/notes/collectCitations';
import { routeHash, sourceLink, type Route } from '../ui/route';

type RouteName = Route['name'];
type RouteNamed<N extends RouteName> = Extract<Route, { name: N }>;

/** The part of the app a page belongs to, marked in the header's navigation. */
export type Section = 'library' | 'entities' | 'claims' | 'notes' | 'packets' | 'search';

/** What the shell lends its pages: the library's state, and a way to reload it after a page changed sources. */
export interface PageShell {
  library: LibraryScreenProps;
  reloadSources: () => void;
}

interface RouteEntry<N extends RouteName> {
  section: Section;
  /** The page; keyed by what it shows, so going to another source or entity mounts a fresh page. */
  page: (route: RouteNamed<N>, shell: PageShell) => ReactElement;
  /** The reader takes the window's full height and scrolls inside itself. */
  fullHeight?: true;
}

const openNote = (id: string) => {
  window.location.hash = routeHash({ name: 'notes', id });
};
const openCitation = (target: CitationTarget) => {
  window.location.hash = sourceLink(target.sourceId, { highlightId: target.highlightId });
};

/** Every route of the app and the page it shows; a new page is one line here and one case in route.ts. */
export const ROUTE_TABLE: { [N in RouteName]: RouteEntry<N> } = {
  library: { section: 'library', page: (_route, shell) => <LibraryScreen {...shell.library} /> },
  source: {
    section: 'library',
    fullHeight: true,
    page: (r) => <ReaderPage key={r.id} id={r.id} highlightId={r.highlightId} at={r.at} to={r.to} />,
  },
  sourceDetails: {
    section: 'library',
    page: (r, shell) => (
      <SourceDetailsPage
        key={r.id}
        id={r.id}
        showRemoved={r.showRemoved ?? false}
        onChanged={shell.reloadSources}
      />
    ),
  },
  compare: {
    section: 'library',
    page: (r) => <ComparePage key={`${r.leftId}/${r.rightId}`} leftId={r.leftId} rightId={r.rightId} />,
  },
  entities: { section: 'entities', page: () => <EntitiesPage /> },
  entity: { section: 'entities', page: (r) => <EntityPage key={r.id} id={r.id} /> },
  search: { section: 'search', page: (r) => <SearchPage q={r.q} /> },
  claims: { section: 'claims', page: () => <ClaimsBoard /> },
  timeline: { section: 'claims', page: () => <TimelinePage /> },
  notes: {
    section: 'notes',
    page: (r) => <NotesPage noteId={r.id ?? null} onOpenNote={openNote} onOpenCitation={openCitation} />,
  },
  packets: { section: 'packets', page: (_route, shell) => <PacketsPage onImported={shell.reloadSources} /> },
};

/** The table's entry for a route (TypeScript cannot tie a route's name to its entry's type by itself). */
export function routeEntry(route: Route): Omit<RouteEntry<RouteName>, 'page'> & { page: AnyPage } {
  return ROUTE_TABLE[route.name] as unknown as Omit<RouteEntry<RouteName>, 'page'> & { page: AnyPage };
}

type AnyPage = (route: Route, shell: PageShell) => ReactElement;
