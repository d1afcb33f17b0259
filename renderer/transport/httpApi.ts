import { callNames, type CallName } from '../../shared/contract/callNames';
import type { Api, InputOf, ResultOf } from '../../shared/contract/contract';
import type { ErrorShape } from '../../shared/errors';
import { ApiCallError } from './ApiCallError';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

function isErrorShape(value: unknown): value is ErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}

async function readOutcome(response: Response): Promise<unknown> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiCallError({
      code: 'INTERNAL',
      message: `The notebook server gave an answer the app could not read (status ${response.status}).`,
    });
  }
  const outcome = body as { ok?: unknown; result?: unknown; error?: unknown };
  if (outcome.ok === true) return outcome.result;
  if (outcome.ok === false && isErrorShape(outcome.error)) throw new ApiCallError(outcome.error);
  throw new ApiCallError({
    code: 'INTERNAL',
    message: `The notebook server gave an answer the app could not read (status ${response.status}).`,
  });
}

/** An `Api` that talks to the loopback web host: one `POST /api/<name>` per call. */
export function createHttpApi(token: string | null, fetchImpl: Fetch = (url, init) => fetch(url, init)): Api {
  const invoke = async <K extends CallName>(name: K, input: InputOf<K>): Promise<ResultOf<K>> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiCallError({
        code: 'IO_ERROR',
        message: 'The app could not reach the notebook. Check that Research Notebook is still running.',
      });
    }
    return (await readOutcome(response)) as ResultOf<K>;
  };
  const api: Partial<Record<CallName, (input: never) => Promise<unknown>>> = {};
  for (const name of callNames) api[name] = (input: InputOf<typeof name>) => invoke(name, input);
  return api as Api;
}
