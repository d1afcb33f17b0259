import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorMessage } from '../transport/errorMessage';

export type Loaded<T> =
  | { status: 'loading'; value: T | undefined; error: undefined }
  | { status: 'ready'; value: T; error: undefined }
  | { status: 'error'; value: T | undefined; error: string };

interface Settled<T> {
  key: string;
  value: T | undefined;
  error: string | undefined;
}

/**
 * Runs `load` when `key` changes and on `reload()`. A reload keeps showing the
 * last value (no flash of empty), and answers for a stale key are dropped.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload: () => void } {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (value) => {
        if (current) setSettled({ key, value, error: undefined });
      },
      (error: unknown) => {
        if (current)
          setSettled((prev) => ({
            key,
            value: prev?.key === key ? prev.value : undefined,
            error: errorMessage(error),
          }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);

  if (!settled || settled.key !== key)
    return { status: 'loading', value: undefined, error: undefined, reload };
  if (settled.error !== undefined)
    return { status: 'error', value: settled.value, error: settled.error, reload };
  return { status: 'ready', value: settled.value as T, error: undefined, reload };
}
