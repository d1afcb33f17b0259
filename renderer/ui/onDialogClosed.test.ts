import { describe, expect, it, vi } from 'vitest';
import type { SyntheticEvent } from 'react';
import { onDialogClosed } from './onDialogClosed';

const closeEvent = (open: boolean) =>
  ({ currentTarget: { open } }) as unknown as SyntheticEvent<HTMLDialogElement>;

describe('onDialogClosed', () => {
  const cases: Array<[string, boolean, number]> = [
    ['the dialog is closed when its close event arrives: the owner is told', false, 1],
    ['the dialog was opened again before its late close event arrived: nothing happens', true, 0],
  ];
  for (const [name, openNow, calls] of cases) {
    it(name, () => {
      const onClose = vi.fn();
      onDialogClosed(onClose)(closeEvent(openNow));
      expect(onClose).toHaveBeenCalledTimes(calls);
    });
  }
});
