// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchKey, registerCommand } from './commandBus';
import { watchFocus } from './droppedField';

/**
 * The Enter-then-letters race: a redraw takes the keyboard out of the field the reporter types in (the
 * form closes after Enter, the field is disabled while busy), and the next letters reach the page.
 * They must not run single-key shortcuts; chords, and keys after the reporter moves on, still do.
 */
describe('single-key shortcuts after a redraw took the field away', () => {
  const next = vi.fn();
  const palette = vi.fn();
  let offs: (() => void)[] = [];

  beforeEach(() => {
    document.body.innerHTML =
      '<form><input id="field"><textarea id="area"></textarea></form><button id="b">b</button>';
    offs = [
      registerCommand('reader.next', next),
      registerCommand('palette.open', palette),
      watchFocus(document),
      () => document.removeEventListener('keydown', dispatchKey),
    ];
    document.addEventListener('keydown', dispatchKey);
  });
  afterEach(() => {
    offs.forEach((off) => off());
    next.mockReset();
    palette.mockReset();
  });

  /** A key as the browser sends it: to whatever has focus, else the page. */
  const press = (
    key: string,
    extra: KeyboardEventInit = {},
    target = document.activeElement ?? document.body,
  ) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...extra }));
  };
  const field = () => document.getElementById('field') as HTMLInputElement;

  it.each([
    ['removed by a redraw', () => field().remove()],
    ['disabled while busy', () => (field().disabled = true)],
    ['replaced by a new field', () => field().replaceWith(document.createElement('input'))],
    ['blurred by the app', () => field().blur()],
  ])('the field %s: letters run nothing', (_, takeAway) => {
    field().focus();
    expect(document.activeElement).toBe(field());
    takeAway();
    // Chrome hands the keys of a field that is gone or disabled to the page.
    press('j', {}, document.body);
    press('j', {}, document.body);
    expect(next).not.toHaveBeenCalled();
    // A chord is not typing: it still runs.
    press('k', { ctrlKey: true }, document.body);
    expect(palette).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a click', () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))],
    ['Escape', () => press('Escape')],
    ['focus moved to a button', () => document.getElementById('b')!.focus()],
  ])('after %s the keys are shortcuts again', (_, moveOn) => {
    field().focus();
    field().remove();
    moveOn();
    press('j');
    expect(next).toHaveBeenCalledTimes(1);
  });

  it('a field that keeps focus while read-only keeps its letters', () => {
    document.getElementById('area')!.focus();
    (document.getElementById('area') as HTMLTextAreaElement).readOnly = true;
    press('j');
    expect(next).not.toHaveBeenCalled();
  });

  it('with no field focused before, single keys run', () => {
    press('j');
    expect(next).toHaveBeenCalledTimes(1);
  });
});
