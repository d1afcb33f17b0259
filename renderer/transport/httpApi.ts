import type { Api } from '../../shared/contract/contract';
import { isOutcome, type CallOutcome } from '../../shared/contract/outcome';
import { AppError } from '../../shared/errors';
import { apiFromOutcomes } from './apiFromOutcomes';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** An `Api` that talks to the loopback web host: one `POST /api/<name>` per call. */
export function createHttpApi(token: string | null, fetchImpl: Fetch = (url, init) => fetch(url, init)): Api {
  return apiFromOutcomes(async (name, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new AppError(
        'IO_ERROR',
        'The app could not reach the notebook. Check that Research Notebook is still running.',
      );
    }
    const outcome: unknown = await response.json().catch(() => null);
    if (isOutcome(outcome)) return outcome;
    const unreadable: CallOutcome = {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `The notebook server gave an answer the app could not read (status ${response.status}).`,
      },
    };
    return unreadable;
  });
}
