import type { ReactNode } from 'react';
import { routeHash } from '../ui/route';
import { useDisclosure } from '../ui/useDisclosure';
import { searchShortcutLabel } from '../search/shortcutLabel';
import { HeaderImports, type HeaderImportsProps } from './HeaderImports';
import type { Section } from './routeTable';
import './menu.css';

const SECTIONS = [
  { key: 'library', label: 'Library', href: routeHash({ name: 'library' }) },
  { key: 'entities', label: 'Entities', href: routeHash({ name: 'entities' }) },
  { key: 'claims', label: 'Claims', href: routeHash({ name: 'claims' }) },
  { key: 'notes', label: 'Notes', href: routeHash({ name: 'notes' }) },
  { key: 'packets', label: 'Packets', href: routeHash({ name: 'packets' }) },
] as const;

interface Props {
  /** The part of the app on show, marked in the navigation. */
  section?: Section;
  notebook: { name: string | null; sourceCount: number | null };
  imports: HeaderImportsProps;
  /** Opens the search palette (Ctrl/Cmd+K). */
  onSearchClick?: () => void;
  /** A shared notebook's sync status (renderer/sync). */
  sync?: ReactNode;
}

/** Notebook name, the sections, search and the ways in (import files, paste text, more). */
export function AppHeader({ section, notebook, imports, onSearchClick, sync }: Props) {
  return (
    <header className="app-header">
      <NotebookTitle {...notebook} />
      <SectionsNav section={section} />
      <div className="app-header__actions">
        {sync}
        {onSearchClick && (
          <button
            type="button"
            className="button app-header__search"
            onClick={onSearchClick}
            aria-keyshortcuts="Control+K Meta+K"
          >
            Search <kbd aria-hidden="true">{searchShortcutLabel(navigator.userAgent)}</kbd>
          </button>
        )}
        <HeaderImports {...imports} />
      </div>
    </header>
  );
}

/** The sections; under 1,100 px they fold into a Menu button (shell.css) so the header fits on one line. */
function SectionsNav({ section }: { section?: Section }) {
  const { open, rootRef, buttonRef, toggle, setOpen } = useDisclosure();
  return (
    <div ref={rootRef} className={open ? 'app-menu app-menu--open' : 'app-menu'}>
      <button
        ref={buttonRef}
        type="button"
        className="button app-menu__button"
        aria-expanded={open}
        aria-controls="app-sections"
        onClick={toggle}
      >
        Menu{' '}
        <span className="more-imports__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <nav id="app-sections" className="app-nav" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a
            key={s.key}
            href={s.href}
            className="app-nav__link"
            aria-current={section === s.key ? 'page' : undefined}
            onClick={() => setOpen(false)}
          >
            {s.label}
          </a>
        ))}
      </nav>
    </div>
  );
}

function NotebookTitle({ name, sourceCount }: Props['notebook']) {
  return (
    <div className="app-header__name">
      <span className="app-header__product">Research Notebook</span>
      <span className="app-header__notebook" title={name ?? undefined}>
        {name ?? '\u00a0'}
      </span>
      {sourceCount !== null && (
        <span className="app-header__count">
          {sourceCount.toLocaleString()} {sourceCount === 1 ? 'source' : 'sources'}
        </span>
      )}
    </div>
  );
}
