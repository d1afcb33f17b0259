import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentNotebook } from '../../shared/contract';
import { writeFileDurable } from '../store/durableWrite';

const MAX_RECENT = 10;
const recentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));

/** The "recent notebooks" list, kept in the app's user-data folder. */
export class RecentNotebooks {
  private readonly path: string | null;

  /** With no user-data folder (the CLI), nothing is remembered. */
  constructor(userDataDir: string | null) {
    this.path = userDataDir === null ? null : join(userDataDir, 'recent-notebooks.json');
  }

  async list(): Promise<RecentNotebook[]> {
    if (this.path === null) return [];
    try {
      const parsed = recentSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }

  async remember(entry: { path: string; name: string }): Promise<RecentNotebook[]> {
    if (this.path === null) return [];
    const others = (await this.list()).filter((r) => r.path !== entry.path);
    const next = [{ ...entry, openedAt: new Date().toISOString() }, ...others].slice(0, MAX_RECENT);
    await mkdir(dirname(this.path), { recursive: true });
    await writeFileDurable(this.path, JSON.stringify(next, null, 2));
    return next;
  }
}
