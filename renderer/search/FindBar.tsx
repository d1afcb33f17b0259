import type { KeyboardEvent } from 'react';
import { MAX_FIND_MATCHES } from './findRanges';
import { useFindInSource } from './useFindInSource';
import './search.css';
import './searchPage.css';
import './findBar.css';

const readerBody = () => document.querySelector('.reader-layout .reader__body');

/** The reader's find bar; hidden until Ctrl/Cmd+F (or the menu's Find). */
export function FindBar() {
  const { open, query, setQuery, count, current, step, close, inputRef } = useFindInSource(readerBody);
  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      // Claimed, so the reader's Escape (back to the library) does not fire as well.
      event.preventDefault();
      close();
    }
  };

  const status = !query.trim()
    ? ''
    : count === 0
      ? 'No matches'
      : `${current + 1} of ${count >= MAX_FIND_MATCHES ? `${count}+` : count}`;
  return (
    <div className="find-bar" role="search" aria-label="Find in this source">
      <input
        ref={inputRef}
        className="find-bar__input"
        type="text"
        aria-label="Find in this source"
        placeholder="Find in source"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <span className="find-bar__count" aria-live="polite">
        {status}
      </span>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label="Previous match"
        disabled={count === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label="Next match"
        disabled={count === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label="Close find"
        onClick={close}
      >
        ×
      </button>
    </div>
  );
}
