// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/contract/contract';
import { ApiContext } from '../transport/ApiContext';
import { SwitchNotebookDialog } from './SwitchNotebookDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement;

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
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
  container.remove();
});

function render(folderPicker: boolean, chooseNotebookFolder: () => Promise<{ path: string | null }>) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const api = { chooseNotebookFolder } as unknown as Api;
  act(() =>
    root?.render(
      createElement(
        ApiContext.Provider,
        { value: api },
        createElement(SwitchNotebookDialog, { open: true, onClose: () => undefined, folderPicker }),
      ),
    ),
  );
}

const chooseButton = () =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === 'Choose folder…');
const pathField = () => container.querySelector('input') as HTMLInputElement;

describe('SwitchNotebookDialog', () => {
  it('fills the path from the system folder picker where the host has one', async () => {
    const choose = vi.fn(() => Promise.resolve({ path: '/home/reporter/Harbour' }));
    render(true, choose);
    await act(async () => chooseButton()!.click());
    expect(choose).toHaveBeenCalledTimes(1);
    expect(pathField().value).toBe('/home/reporter/Harbour');
  });

  it('keeps the typed path when the picker is cancelled', async () => {
    render(true, () => Promise.resolve({ path: null }));
    await act(async () => chooseButton()!.click());
    expect(pathField().value).toBe('');
  });

  it('offers only the typed path where there is no picker (web host)', () => {
    render(false, () => Promise.reject(new Error('not called')));
    expect(chooseButton()).toBeUndefined();
    expect(pathField()).not.toBeNull();
  });
});
