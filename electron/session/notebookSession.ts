import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Handlers, ImportResult, NotebookInfo } from '../../shared/contract';
import { AppError, toErrorShape, type ErrorShape } from '../../shared/errors';
import { summarizeSource } from '../../shared/model';
import { prepareHtmlPaste, prepareImport, prepareText } from '../import/prepareImport';
import { captureUrl } from '../import/url/captureUrl';
import { NOTEBOOK_FILE, type NotebookStore, type OpenOptions } from '../store/notebookStore';
import { mapLimit } from '../../shared/text/mapLimit';
import { addSource } from './addSource';
import type { HandlerContext } from '../handlers/context';
import { claimHandlers } from '../handlers/claimHandlers';
import { entityHandlers } from '../handlers/entityHandlers';
import { highlightHandlers } from '../handlers/highlightHandlers';
import { noteHandlers } from '../handlers/noteHandlers';
import { packetHandlers } from '../handlers/packetHandlers';
import { quoteHandlers } from '../handlers/quoteHandlers';
import { sourceHandlers } from '../handlers/sourceHandlers';
import { defaultKeyDir } from '../packet/signingKeys';
import { RecentNotebooks } from './recentNotebooks';
import { SearchSync } from './searchSync';
import { trackChanges } from './trackChanges';

/** Where the notebook lives that opens when the reporter has not chosen one. */
export function defaultNotebookDir(userDataDir: string): string {
  return join(userDataDir, 'notebooks', 'default');
}

export interface PathImportOutcome {
  file: string;
  result?: ImportResult;
  error?: ErrorShape;
}

/**
 * The open notebook and everything done to it. Both transports (Electron IPC
 * and the loopback HTTP host) and the CLI go through one of these.
 */
export class NotebookSession {
  readonly handlers: Handlers;
  private readonly recent: RecentNotebooks;
  private searchSync: SearchSync;

  private constructor(
    private store: NotebookStore,
    searchSync: SearchSync,
    private readonly userDataDir: string | null,
  ) {
    this.recent = new RecentNotebooks(userDataDir);
    this.searchSync = searchSync;
    this.handlers = trackChanges(this.createHandlers(), () => this.searchSync.markDirty());
  }

  static async open(options: {
    notebookDir: string;
    userDataDir: string | null;
    create?: boolean;
    storeOptions?: OpenOptions;
  }): Promise<NotebookSession> {
    const dir = resolve(options.notebookDir);
    const { store, search } = await SearchSync.openWithStore(dir, {
      create: options.create ?? true,
      name: basename(dir) === 'default' ? 'My notebook' : basename(dir),
      ...options.storeOptions,
    });
    const session = new NotebookSession(store, search, options.userDataDir);
    await session.recent.remember({ path: dir, name: store.data.notebook.name }).catch(() => undefined);
    return session;
  }

  get notebook(): NotebookStore {
    return this.store;
  }

  async info(): Promise<NotebookInfo> {
    const { notebook, sources } = this.store.data;
    return {
      id: notebook.id,
      name: notebook.name,
      path: this.store.dir,
      sourceCount: sources.length,
      notices: [...this.store.notices],
      recent: await this.recent.list(),
    };
  }

  /** Switches to another notebook; the current one stays open if the new one cannot be opened. */
  async openNotebook(path: string, create = false, name?: string): Promise<NotebookInfo> {
    const dir = resolve(path);
    if (dir === this.store.dir) return this.info();
    const { store: next, search } = await SearchSync.openWithStore(dir, {
      create,
      name: name ?? basename(dir),
    });
    const previous = this.store;
    const previousSearch = this.searchSync;
    this.store = next;
    this.searchSync = search;
    await previousSearch.close();
    await previous.close();
    await this.recent.remember({ path: dir, name: next.data.notebook.name }).catch(() => undefined);
    return this.info();
  }

  async createNotebook(path: string, name: string): Promise<NotebookInfo> {
    const dir = resolve(path);
    const hasNotebook = await stat(join(dir, NOTEBOOK_FILE)).then(
      () => true,
      () => false,
    );
    if (hasNotebook) {
      throw new AppError('INVALID_INPUT', `There is already a notebook in ${dir}. Open it instead.`);
    }
    return this.openNotebook(dir, true, name);
  }

  async importBytes(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    const capturedAt = new Date().toISOString();
    const prepared = await prepareImport(bytes, { fileName, capturedAt });
    return addSource(this.store, prepared, { bytes, fileName, url: null, capturedAt });
  }

  async importText(text: string, title?: string): Promise<ImportResult> {
    const capturedAt = new Date().toISOString();
    const prepared = prepareText(text, { capturedAt, title });
    const bytes = new TextEncoder().encode(text);
    return addSource(this.store, prepared, { bytes, fileName: null, url: null, capturedAt });
  }

  /** Pasted HTML (clipboard text/html): the markup is kept as the original. */
  async importHtml(html: string, title?: string): Promise<ImportResult> {
    const capturedAt = new Date().toISOString();
    const prepared = prepareHtmlPaste(html, { capturedAt, title });
    return addSource(this.store, prepared, {
      bytes: new TextEncoder().encode(html),
      fileName: null,
      url: null,
      capturedAt,
    });
  }

  /** Captures a web page: the raw snapshot is the original, the final address is recorded. */
  async importUrl(url: string): Promise<ImportResult> {
    const capturedAt = new Date().toISOString();
    const captured = await captureUrl(url);
    const fileName = new URL(captured.finalUrl).hostname || captured.finalUrl;
    const prepared = await prepareImport(captured.bytes, { fileName, capturedAt, url: captured.finalUrl });
    if (captured.redirects.length > 0)
      prepared.notes.push(`Captured from ${url}, redirected to ${captured.finalUrl}.`);
    return addSource(this.store, prepared, {
      bytes: captured.bytes,
      fileName: null,
      url: captured.finalUrl,
      capturedAt,
    });
  }

  /** Imports files from disk (or web addresses) one by one; one bad file does not stop the others. */
  async importPaths(paths: string[]): Promise<PathImportOutcome[]> {
    // A few at a time: one file is parsed while others wait on the disk. Results keep their order.
    return mapLimit(paths, 4, async (file): Promise<PathImportOutcome> => {
      try {
        if (/^https?:\/\//i.test(file)) return { file, result: await this.importUrl(file) };
        return { file, result: await this.importBytes(basename(file), await readFile(file)) };
      } catch (error) {
        return { file, error: toErrorShape(error) };
      }
    });
  }

  async close(): Promise<void> {
    await this.searchSync.close();
    await this.store.close();
  }

  private createHandlers(): Handlers {
    const ctx: HandlerContext = {
      store: () => this.store,
      now: () => new Date().toISOString(),
      changed: () => this.searchSync.markDirty(),
      signingKeyDir: () => (this.userDataDir === null ? null : defaultKeyDir(this.userDataDir)),
    };
    return {
      getNotebookInfo: () => this.info(),
      openNotebook: ({ path }) => this.openNotebook(path),
      createNotebook: ({ path, name }) => this.createNotebook(path, name),
      listSources: () => Promise.resolve(this.store.sources().map(summarizeSource)),
      getSource: async ({ id }) => {
        const source = this.store.requireSource(id);
        return { source, text: await this.store.readText(source) };
      },
      importFile: ({ fileName, dataBase64 }) => this.importBytes(fileName, Buffer.from(dataBase64, 'base64')),
      importText: ({ text, title }) => this.importText(text, title),
      importHtml: ({ html, title }) => this.importHtml(html, title),
      importUrl: ({ url }) => this.importUrl(url),
      deleteSource: async ({ id }) => {
        this.store.requireSource(id);
        await this.store.mutate((file) => {
          file.sources = file.sources.filter((s) => s.id !== id);
          for (const s of file.sources)
            if (s.similar.some((x) => x.sourceId === id))
              s.similar = s.similar.filter((x) => x.sourceId !== id);
        });
        await this.store.similarity.remove(id);
        return { deleted: true as const };
      },
      ...sourceHandlers(ctx),
      ...highlightHandlers(ctx),
      ...entityHandlers(ctx),
      ...claimHandlers(ctx),
      ...noteHandlers(ctx, () => this.store.notes),
      ...packetHandlers(ctx),
      ...quoteHandlers(ctx),
      search: ({ query, limit, kinds, sourceId, entityId, tag, site, dateFrom, dateTo, hasHighlights }) =>
        this.searchSync.search(
          query,
          {
            kinds,
            sourceId,
            entityIds: entityId ? [entityId] : undefined,
            tags: tag ? [tag] : undefined,
            site,
            dateFrom,
            dateTo,
            hasHighlights,
          },
          limit,
        ),
    };
  }
}
