import type { KeyboardEvent } from 'react';

/**
 * Keys of a small form opened over the page: Escape cancels and is claimed (so the reader does not also
 * close or go back), Ctrl/Cmd+Enter submits.
 */
export function formKeys(submit: () => void, cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      submit();
    }
  };
}
