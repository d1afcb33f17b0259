import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Handlers, PacketCheck, PacketJob } from '../../shared/contract';
import { explainVerification } from '../../shared/packet/packetSignature';
import { AppError, toErrorShape } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { exportPacketIsolated } from '../packet/isolated/exportInWorker';
import { importPacket } from '../packet/importPacket';
import { JOBS_FOLDER } from '../store/leftovers';
import { readSigningKey } from '../packet/signingKeys';
import { verifyPacket } from '../packet/verifyPacket';
import type { HandlerContext } from './context';

type PacketHandlers = Pick<
  Handlers,
  | 'startPacketExport'
  | 'startPacketImport'
  | 'getPacketJob'
  | 'readPacketExport'
  | 'verifyPacketFile'
  | 'getSigningKey'
>;

interface JobEntry {
  view: PacketJob;
  /** Where a finished export's zip waits to be read (removed when read or when the process ends). */
  file?: string;
}

/**
 * A private temp folder for one packet file, removed by the caller. Jobs of an open notebook keep their
 * files inside it (JOBS_FOLDER, cleared when the notebook opens and closes), never in the system temp
 * folder, where a crash would leave a packet (confidential sources included, if chosen) behind.
 */
async function tempFile(name: string, under?: string): Promise<{ dir: string; path: string }> {
  let base = tmpdir();
  if (under) {
    base = join(under, JOBS_FOLDER);
    await mkdir(base, { recursive: true });
  }
  const dir = await mkdtemp(join(base, 'rn-packet-'));
  return { dir, path: join(dir, basename(name).replace(/[^\w.-]+/g, '_') || 'packet.zip') };
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'notebook';

/**
 * Packet export and import run as jobs the page polls, so a large packet shows a
 * progress bar and never holds one request open. An export's build runs in the export
 * worker (exportPacketIsolated), so other calls keep being answered meanwhile.
 */
// Long because it is the table of this feature's calls, sharing the job list and `ctx`.
export function packetHandlers(ctx: HandlerContext): PacketHandlers {
  const jobs = new Map<string, JobEntry>();

  const start = (kind: PacketJob['kind'], work: (entry: JobEntry) => Promise<void>): Promise<PacketJob> => {
    const entry: JobEntry = {
      view: { id: newId(), kind, state: 'running', phase: 'starting', done: 0, total: 1 },
    };
    jobs.set(entry.view.id, entry);
    // Owned by the notebook, so closing it waits for the job; a failure is shown on the job itself.
    void ctx.store().background.run(`${kind} a packet`, () =>
      work(entry).then(
        () => {
          entry.view = { ...entry.view, state: 'done', phase: 'done', done: entry.view.total };
        },
        (error: unknown) => {
          entry.view = { ...entry.view, state: 'failed', error: toErrorShape(error).message };
        },
      ),
    );
    return Promise.resolve(entry.view);
  };
  const progress = (entry: JobEntry) => (p: { phase: string; done: number; total: number }) => {
    entry.view = { ...entry.view, phase: p.phase, done: p.done, total: Math.max(1, p.total) };
  };

  return {
    startPacketExport: ({ noteIds, tag, includeConfidential }) => {
      const store = ctx.store();
      const fileName = `${slug(store.data.notebook.name)}-packet-${ctx.now().slice(0, 10)}.zip`;
      return start('export', async (entry) => {
        const { path } = await tempFile(fileName, store.dir);
        const result = await exportPacketIsolated(store, {
          out: path,
          noteIds,
          tag,
          includeConfidential,
          onProgress: progress(entry),
          signingKeyDir: ctx.signingKeyDir?.() ?? null,
        });
        entry.file = path;
        entry.view = {
          ...entry.view,
          exported: {
            fileName,
            files: result.files,
            bytes: result.bytes,
            digest: result.digest,
            leftOut: result.leftOut,
            counts: result.counts,
          },
        };
      });
    },

    startPacketImport: ({ fileName, dataBase64, dryRun }) => {
      const store = ctx.store();
      return start('import', async (entry) => {
        const { dir, path } = await tempFile(fileName, store.dir);
        try {
          await writeFile(path, Buffer.from(dataBase64, 'base64'));
          const result = await importPacket(store, path, {
            onProgress: progress(entry),
            dryRun: dryRun === true,
          });
          entry.view = { ...entry.view, imported: result };
        } finally {
          if (!dryRun) ctx.changed();
          await rm(dir, { recursive: true, force: true });
        }
      });
    },

    getPacketJob: ({ id }) => {
      const entry = jobs.get(id);
      if (!entry) {
        return Promise.reject(
          new AppError('NOT_FOUND', 'That export or import is no longer known (the app may have restarted).'),
        );
      }
      return Promise.resolve(entry.view);
    },

    readPacketExport: async ({ id }) => {
      const entry = jobs.get(id);
      if (!entry?.file || !entry.view.exported)
        throw new AppError('NOT_FOUND', 'That export is not finished or was already saved.');
      const data = await readFile(entry.file);
      return { fileName: entry.view.exported.fileName, dataBase64: data.toString('base64') };
    },

    getSigningKey: async () => {
      const dir = ctx.signingKeyDir?.() ?? null;
      const { id } = ctx.store().data.notebook;
      const key = dir === null ? null : await readSigningKey(dir, id);
      return { key: key && { fingerprint: key.fingerprint, name: key.name, publicKey: key.publicKey } };
    },

    verifyPacketFile: async ({ fileName, dataBase64 }) => {
      const { dir, path } = await tempFile(fileName);
      try {
        await writeFile(path, Buffer.from(dataBase64, 'base64'));
        const { ok, altered, missing, extra, error, manifest, signature } = await verifyPacket(path);
        const check: PacketCheck = { ok, altered, missing, extra };
        if (error !== undefined) check.error = error;
        if (manifest && signature) {
          check.signature = signature;
          check.digest = manifest.digest;
          check.explanation = explainVerification(manifest.digest, signature, ok);
        }
        return check;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
