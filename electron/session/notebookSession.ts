import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Handlers, ImportResult, NotebookInfo } from '../../shared/contract';
import { AppError, toErrorShape, type ErrorShape } from '../../shared/errors';
import { prepareHtmlPaste, prepareImport, prepareText } from '../import/prepareImport';
import { readImportFile } from '../import/readImportFile';
import { captureUrl } from '../import/url/captureUrl';
import type { ReportProblem } from '../store/backgroundWrites';
import { openNotebooks } from '../store/openNotebooks';
import { NOTEBOOK_FILE, type NotebookStore, type OpenOptions } from '../store/notebookStore';
import { reporterFsError } from '../store/fsErrors';
import { mapLimit } from '../../shared/text/mapLimit';
import { addSource } from './addSource';
import type { HandlerContext } from '../handlers/context';
import { claimHandlers } from '../handlers/claimHandlers';
import { questionHandlers } from '../handlers/questionHandlers';
import { entityHandlers } from '../handlers/entityHandlers';
import { highlightHandlers } from '../handlers/highlightHandlers';
import { noteHandlers } from '../handlers/noteHandlers';
import { notebookHandlers } from '../handlers/notebookHandlers';
import { searchHandlers } from '../handlers/searchHandlers';
import { packetHandlers } from '../handlers/packetHandlers';
import { quoteHandlers } from '../handlers/quoteHandlers';
import { sourceHandlers } from '../handlers/sourceHandlers';
import { defaultKeyDir } from '../packet/signingKeys';
import { ProblemLog, problemLogPath } from './problemLog';
import { RecentNotebooks } from './recentNotebooks';
import { SearchSync } from '../search/searchSync';
import { trackChanges } from './trackChanges';
import { noteSyncHandlers } from './noteSyncHandlers';
import { SyncControl } from './syncControl';

/** Background failures go to the log in the user-data folder; without one (tests, some CLI runs), to stderr. */
function logProblem(log: ProblemLog | null): ReportProblem {
  return (what, error) => {
    if (log) log.append(what, error);
    else process.stderr.write(`research-notebook: could not ${what}: ${String(error)}\n`);
  };
}

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
  /** Live sync of a shared notebook, and the sharing calls. */
  private readonly sync: SyncControl;
  /** Takes this session off the list of open notebooks (see openNotebooks). */
  private forget: () => void = () => undefined;
  private folderPicker: (() => Promise<string | null>) | null = null;

  private constructor(
    private store: NotebookStore,
    searchSync: SearchSync,
    private readonly userDataDir: string | null,
    private readonly log: ProblemLog | null,
  ) {
    this.recent = new RecentNotebooks(userDataDir);
    this.searchSync = searchSync;
    this.sync = new SyncControl({
      store: () => this.store,
      createNotebook: (path, name) => this.createNotebook(path, name),
      changed: () => this.searchSync.markDirty(),
      saveNoteBody: (id, doc) => own.saveNote({ id, doc, allowEmpty: true }),
    });
    const own = this.createHandlers();
    this.handlers = trackChanges(this.sync.inTurns(own), () => this.searchSync.markDirty());
  }

  static async open(options: {
    notebookDir: string;
    userDataDir: string | null;
    create?: boolean;
    storeOptions?: OpenOptions;
    /** Keep a shared notebook in step while open (the app's hosts); one-shot CLI runs leave it off. */
    liveSync?: boolean;
    /** The system folder picker (the desktop app); without it the reporter types a folder's path. */
    chooseFolder?: () => Promise<string | null>;
  }): Promise<NotebookSession> {
    const dir = resolve(options.notebookDir);
    const log = options.userDataDir === null ? null : new ProblemLog(problemLogPath(options.userDataDir));
    const { store, search } = await SearchSync.openWithStore(dir, {
      create: options.create ?? true,
      name: basename(dir) === 'default' ? 'My notebook' : basename(dir),
      onProblem: logProblem(log),
      ...options.storeOptions,
    });
    const session = new NotebookSession(store, search, options.userDataDir, log);
    session.folderPicker = options.chooseFolder ?? null;
    session.forget = openNotebooks.add(dir, () => session.close());
    await session.rememberRecent(store);
    if (options.liveSync) session.sync.enable();
    await session.sync.attach();
    return session;
  }

  get notebook(): NotebookStore {
    return this.store;
  }

  async info(): Promise<NotebookInfo> {
    const { id, name } = this.store.meta;
    return {
      id,
      name,
      path: this.store.dir,
      sourceCount: this.store.sources().length,
      notices: [...this.store.notices, ...this.store.highlights.notices],
      recent: await this.recent.list(),
      ...(this.folderPicker ? { folderPicker: true as const } : {}),
    };
  }

  async chooseFolder(): Promise<string | null> {
    if (!this.folderPicker) {
      throw new AppError('USAGE', 'There is no folder picker here: type the path of the notebook folder.');
    }
    return this.folderPicker();
  }

  /** Puts the notebook at the top of the recent list; a failure is reported, the notebook stays open. */
  private async rememberRecent(store: NotebookStore): Promise<void> {
    await this.recent
      .remember({ path: store.dir, name: store.meta.name })
      .catch((error: unknown) => store.reportProblem('remember this notebook in the recent list', error));
  }

  /** Switches to another notebook; the current one stays open if the new one cannot be opened. */
  async openNotebook(path: string, create = false, name?: string): Promise<NotebookInfo> {
    const dir = resolve(path);
    if (dir === this.store.dir) return this.info();
    const { store: next, search } = await SearchSync.openWithStore(dir, {
      create,
      name: name ?? basename(dir),
      onProblem: logProblem(this.log),
    });
    const previous = this.store;
    const previousSearch = this.searchSync;
    await this.sync.detach();
    this.store = next;
    this.searchSync = search;
    await previousSearch.close();
    await previous.close();
    await this.rememberRecent(next);
    await this.sync.attach();
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
    // A new notebook never moves into a folder that holds other things (it would mix with them).
    const entries = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return [];
      throw reporterFsError(e, dir);
    });
    if (entries.length > 0) {
      throw new AppError(
        'INVALID_INPUT',
        `${dir} is not empty. Choose an empty or new folder for a notebook.`,
      );
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
    const prepared = await prepareText(text, { capturedAt, title });
    const bytes = new TextEncoder().encode(text);
    return addSource(this.store, prepared, { bytes, fileName: null, url: null, capturedAt });
  }

  /** Pasted HTML (clipboard text/html): the markup is kept as the original. */
  async importHtml(html: string, title?: string): Promise<ImportResult> {
    const capturedAt = new Date().toISOString();
    const prepared = await prepareHtmlPaste(html, { capturedAt, title });
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
        return { file, result: await this.importBytes(basename(file), await readImportFile(file)) };
      } catch (error) {
        return { file, error: toErrorShape(error) };
      }
    });
  }

  /** Closes the notebook once every background write has finished (or failed and been logged). */
  async close(): Promise<void> {
    await this.sync.detach();
    await this.searchSync.close();
    await this.store.close();
    await this.log?.idle();
    this.forget();
  }

  /** Each feature's handlers, from its module in electron/handlers/. */
  private createHandlers(): Handlers {
    const ctx: HandlerContext = {
      store: () => this.store,
      now: () => new Date().toISOString(),
      changed: () => this.searchSync.markDirty(),
      signingKeyDir: () => (this.userDataDir === null ? null : defaultKeyDir(this.userDataDir)),
    };
    return {
      ...notebookHandlers(this),
      ...sourceHandlers(ctx, this),
      ...highlightHandlers(ctx),
      ...entityHandlers(ctx),
      ...claimHandlers(ctx),
      ...questionHandlers(ctx),
      ...noteHandlers(
        ctx,
        () => this.store.notes,
        () => this.sync.noteRelay(),
      ),
      ...searchHandlers(() => this.searchSync),
      ...packetHandlers(ctx),
      ...quoteHandlers(ctx),
      ...this.sync.handlers(),
      ...noteSyncHandlers(
        () => this.sync.noteRelay(),
        () => this.store,
        () => this.sync.noteCarets(),
      ),
    };
  }
}
