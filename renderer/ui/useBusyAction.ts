import { useState } from 'react';
import { errorMessage } from '../transport/errorMessage';

/**
 * A page's changes, one at a time: `busy` while one runs (buttons disable), and the reporter-facing message
 * when it failed, cleared by the next try. `after` runs once a change succeeded (a list to reload).
 */
export function useBusyAction(after?: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      after?.();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
