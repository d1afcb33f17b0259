import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { TextRange } from '../ui/textOffsets';

const FLASH_MS = 3000;

/**
 * A passage briefly lit up after a jump (a deep link, j/k, a panel click),
 * scrolled to the middle of the view once it is drawn.
 */
export function useFlash(rootRef: RefObject<HTMLElement | null>) {
  const [flash, setFlash] = useState<(TextRange & { seq: number }) | null>(null);

  const flashRange = useCallback((range: TextRange) => {
    setFlash((prev) => ({ ...range, seq: (prev?.seq ?? 0) + 1 }));
  }, []);

  useLayoutEffect(() => {
    if (!flash) return;
    rootRef.current?.querySelector('.hl--flash')?.scrollIntoView({ block: 'center' });
  }, [flash, rootRef]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  return { flash, flashRange };
}
