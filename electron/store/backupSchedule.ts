import type { BackgroundWrites } from './backgroundWrites';
import { sha256Hex } from './blobStore';
import type { Backups } from './backups';
import { isValidNotebookText } from './parseNotebook';

const BACKUP = 'write a backup of notebook.json';
const BACKUP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * When the store copies notebook.json into `backups/`: the file as opened (the restore point from
 * before the session), at most every ten minutes while saving, and on close after changes. Every
 * backup runs through the store's background writes, one after another so two never prune each
 * other's files.
 */
export class BackupSchedule {
  private lastBackupAt = 0;
  private changedSinceBackup = false;
  private chain: Promise<unknown> = Promise.resolve();
  /** Starts (once) the backup of the file as opened; awaited before this session's first save. */
  private opened: (() => Promise<void>) | null = null;
  /** The notebook as opened, serialised on demand (before the session's first change at the latest). */
  private asOpened: (() => string) | string | null = null;

  constructor(
    private readonly backups: Backups,
    private readonly background: BackgroundWrites,
    /** notebook.json's content as the store would write it now. */
    private readonly current: () => string,
  ) {}

  /**
   * The notebook as opened is the restore point from before this session. Checking it against the
   * newest backup (usually equal: the last close backed up what it saved) serialises and hashes the
   * whole notebook (sources included, O(notebook)), so it is not done on a timer where it would land
   * in the first searches: it runs before this session's first save, or at its close.
   * `content` gives the notebook as opened, in the backup's form.
   */
  openedLater(content: () => string): void {
    this.lastBackupAt = Date.now();
    let started: Promise<void> | undefined;
    this.asOpened = content;
    const check = async () => {
      const text = this.asOpenedText();
      // Usually the newest backup already holds these bytes: hashed as a stream, not read whole.
      if (await this.backups.newestIs(sha256Hex(text), Buffer.byteLength(text))) return;
      await this.write(text, (t) => t === text);
    };
    const start = () => (started ??= this.background.run(BACKUP, check));
    this.opened = start;
  }

  /** A backup of the notebook as it is now, in the background. */
  now(): Promise<void> {
    return this.background.run(BACKUP, () => this.write());
  }

  /** Before the first change in memory: the notebook as opened is taken now, if its backup is still to come. */
  beforeChange(): void {
    if (this.asOpened) this.asOpenedText();
  }

  private asOpenedText(): string {
    if (typeof this.asOpened === 'function') this.asOpened = this.asOpened();
    return this.asOpened ?? '';
  }

  changed(): void {
    this.changedSinceBackup = true;
  }

  /** Before each save: the opened file's backup goes first (a save overwrites it). */
  async beforeSave(): Promise<void> {
    await this.opened?.();
  }

  /** After each save: a backup when the last is ten minutes old. Awaited; a failure is reported, the save stands. */
  async afterSave(): Promise<void> {
    if (Date.now() - this.lastBackupAt > BACKUP_INTERVAL_MS) await this.now();
  }

  /** On close: the check of the notebook as opened, if no save ran it, and a backup when anything changed. */
  async onClose(): Promise<void> {
    await this.opened?.();
    if (this.changedSinceBackup) await this.now();
  }

  /** Resolves once no backup is running. */
  idle(): Promise<unknown> {
    return this.chain;
  }

  /** The notebook as it is now, or `content` (the file as opened) with a cheaper `isValid`. */
  private async write(
    content?: string,
    isValid: (text: string) => boolean = isValidNotebookText,
  ): Promise<void> {
    if (content === undefined) {
      this.lastBackupAt = Date.now();
      this.changedSinceBackup = false;
      content = this.current();
    }
    const text = content;
    const run = this.chain.then(() => this.backups.add(text, isValid));
    this.chain = run.catch(() => undefined);
    await run;
  }
}
