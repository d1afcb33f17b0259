import { rename, rm } from 'node:fs/promises';

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/**
 * Puts the folder `staging` in place of `target` by two renames, so a web host serving `target`
 * never sees it emptied or half-written (as it would while a build empties and refills it in place):
 * at worst it misses the moment between the renames. When another build puts its folder in place
 * between our two renames, ours goes in again after it; the last one wins whole.
 */
export async function swapInto(staging: string, target: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const old = `${staging}.old`;
    try {
      await rename(target, old);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') throw error;
    }
    try {
      await rename(staging, target);
      await rm(old, { recursive: true, force: true });
      return;
    } catch (error) {
      await rm(old, { recursive: true, force: true });
      const taken = codeOf(error) === 'ENOTEMPTY' || codeOf(error) === 'EEXIST';
      if (!taken || attempt >= attempts) throw error;
    }
  }
}
