// @vitest-environment jsdom
// Beside the import dialogs (not in ui/) because it also renders one of them: ui/ imports nothing above it.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebAddressDialog } from './WebAddressDialog';
import { FormDialog } from '../ui/FormDialog';

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

function render(element: React.ReactElement) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(element));
}

const button = (name: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

function submitForm() {
  const form = container.querySelector('form')!;
  const event = new Event('submit', { bubbles: true, cancelable: true });
  act(() => {
    form.dispatchEvent(event);
  });
  return event;
}

describe('FormDialog', () => {
  it('shows its heading as the dialog name, runs onSubmit without the browser submitting, and Cancel closes', () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    render(
      createElement(FormDialog, {
        open: true,
        onClose,
        heading: 'Switch notebook',
        onSubmit,
        submitLabel: 'Open notebook',
        canSubmit: true,
        children: createElement('input', { 'aria-label': 'Folder' }),
      }),
    );
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Switch notebook',
    );
    expect(submitForm().defaultPrevented).toBe(true);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    act(() => button('Cancel').click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  it('disables the submit button until the form can be sent', () => {
    render(
      createElement(FormDialog, {
        open: true,
        onClose: () => undefined,
        heading: 'Paste text',
        onSubmit: () => undefined,
        submitLabel: 'Import',
        canSubmit: false,
        children: null,
      }),
    );
    expect(button('Import').disabled).toBe(true);
  });

  it('shows a web address error where the field points to it', () => {
    const onSubmit = vi.fn();
    render(createElement(WebAddressDialog, { open: true, onClose: () => undefined, onSubmit }));
    const input = container.querySelector('input')!;
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, 'not an address');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submitForm();
    expect(onSubmit).not.toHaveBeenCalled();
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).not.toBe('');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
