// @vitest-environment jsdom
// Beside the import dialogs (not in ui/) because it also renders one of them: ui/ imports nothing above it.
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { dialogHarness } from '../../test/dom/dialogHarness';
import { WebAddressDialog } from './WebAddressDialog';
import { FormDialog } from '../ui/FormDialog';

const harness = dialogHarness();
const render = harness.render;

const button = (name: string) =>
  [...harness.container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

function submitForm() {
  const form = harness.container.querySelector('form')!;
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
    const dialog = harness.container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(
      'Switch notebook',
    );
    expect(submitForm().defaultPrevented).toBe(true);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    act(() => button('Cancel').click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(harness.container.querySelector('[role="alert"]')).toBeNull();
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
    const input = harness.container.querySelector('input')!;
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(input, 'not an address');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submitForm();
    expect(onSubmit).not.toHaveBeenCalled();
    const alert = harness.container.querySelector('[role="alert"]')!;
    expect(alert.textContent).not.toBe('');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
