import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * For jsdom tests of a modal dialog: gives <dialog> the modal methods jsdom lacks, renders into a
 * fresh container per test and unmounts it afterwards. Call once at the top of the test file.
 */
export function dialogHarness() {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.open = false;
    };
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    container?.remove();
  });
  return {
    render(element: ReactElement) {
      container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
      act(() => root?.render(element));
    },
    /** The container of the current test's render. */
    get container(): HTMLElement {
      if (!container) throw new Error('render first');
      return container;
    },
  };
}
