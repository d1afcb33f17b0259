// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { dialogHarness } from '../../test/dom/dialogHarness';
import type { Api } from '../../shared/contract/contract';
import { ApiContext } from '../transport/ApiContext';
import { SwitchNotebookDialog } from './SwitchNotebookDialog';

const harness = dialogHarness();

function render(folderPicker: boolean, chooseNotebookFolder: () => Promise<{ path: string | null }>) {
  const api = { chooseNotebookFolder } as unknown as Api;
  harness.render(
    createElement(
      ApiContext.Provider,
      { value: api },
      createElement(SwitchNotebookDialog, { open: true, onClose: () => undefined, folderPicker }),
    ),
  );
}

const chooseButton = () =>
  [...harness.container.querySelectorAll('button')].find((b) => b.textContent === 'Choose folder…');
const pathField = () => harness.container.querySelector('input') as HTMLInputElement;

describe('SwitchNotebookDialog', () => {
  it('fills the path from the system folder picker where the host has one', async () => {
    const choose = vi.fn(() => Promise.resolve({ path: '/home/reporter/Harbour' }));
    render(true, choose);
    await act(() => {
      chooseButton()!.click();
      return Promise.resolve();
    });
    expect(choose).toHaveBeenCalledTimes(1);
    expect(pathField().value).toBe('/home/reporter/Harbour');
  });

  it('keeps the typed path when the picker is cancelled', async () => {
    render(true, () => Promise.resolve({ path: null }));
    await act(() => {
      chooseButton()!.click();
      return Promise.resolve();
    });
    expect(pathField().value).toBe('');
  });

  it('offers only the typed path where there is no picker (web host)', () => {
    render(false, () => Promise.reject(new Error('not called')));
    expect(chooseButton()).toBeUndefined();
    expect(pathField()).not.toBeNull();
  });
});
