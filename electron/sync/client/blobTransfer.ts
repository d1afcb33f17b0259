import { AppError } from '../../../shared/errors';
import type { Source } from '../../../shared/model';
import { mapLimit } from '../../../shared/text/mapLimit';
import type { BlobStore } from '../../store/blobStore';
import type { NotebookStore } from '../../store/notebookStore';
import type { SyncConfig } from './syncState';

/** The content-addressed files a source needs, each with the store that keeps it. */
export function blobsOf(store: NotebookStore, source: Source): Array<{ sha: string; in: BlobStore }> {
  const list = [
    { sha: source.textSha256, in: store.texts },
    { sha: source.original.sha256, in: store.originals },
  ];
  if (source.extractionSha256) list.push({ sha: source.extractionSha256, in: store.texts });
  return list;
}

export function blobUrl(config: SyncConfig, sha: string): string {
  return `${config.server}/blobs/${config.notebookId}/${sha}`;
}

/** Turns a failed request into the words a reporter reads (unreachable vs refused). */
export async function request(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new AppError('IO_ERROR', `The sync server at ${new URL(url).origin} cannot be reached.`);
  }
  if (response.status === 401 || response.status === 403) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new AppError('INVALID_INPUT', `The sync server refused: ${body.error ?? 'not allowed'}`);
  }
  return response;
}

/** Asks the server whether the invitation still works; throws the reporter's message when not. */
export async function checkAccess(config: SyncConfig): Promise<void> {
  const response = await request(blobUrl(config, '0'.repeat(64)), {
    method: 'HEAD',
    headers: { Authorization: `Bearer ${config.token}` },
  });
  if (response.status !== 404 && !response.ok)
    throw new AppError('IO_ERROR', 'The sync server is not working.');
}

/** Uploads the files of these sources the server does not have yet; returns the hashes now there. */
export async function uploadBlobs(
  config: SyncConfig,
  store: NotebookStore,
  sources: readonly Source[],
  done: Set<string>,
): Promise<void> {
  const wanted = new Map<string, BlobStore>();
  for (const source of sources)
    for (const b of blobsOf(store, source)) if (!done.has(b.sha)) wanted.set(b.sha, b.in);
  const auth = { Authorization: `Bearer ${config.token}` };
  await mapLimit([...wanted], 8, async ([sha, from]) => {
    const head = await request(blobUrl(config, sha), { method: 'HEAD', headers: auth });
    if (head.status === 404) {
      const put = await request(blobUrl(config, sha), {
        method: 'PUT',
        headers: auth,
        body: new Uint8Array(await from.get(sha)),
      });
      if (!put.ok) throw new AppError('IO_ERROR', `The sync server did not accept a file (${put.status}).`);
    }
    done.add(sha);
  });
}

/** Makes the files `downloadSourceFiles` wrote durable: one folder fsync per store instead of one per file. */
export async function flushDownloads(store: NotebookStore): Promise<void> {
  await Promise.all([store.texts.flushFolder(), store.originals.flushFolder()]);
}
