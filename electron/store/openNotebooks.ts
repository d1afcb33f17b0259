import { sep } from 'node:path';

/** Something holding a notebook folder open, and how to close it (waiting for its background writes). */
interface Holder {
  dir: string;
  close: () => Promise<void>;
}

const holders: Holder[] = [];

/**
 * Every notebook store and session open in this process. Quitting the app, and a test removing
 * its temp folder, close what is open first, so no background write ever races a removal.
 */
export const openNotebooks = {
  add(dir: string, close: () => Promise<void>): () => void {
    const holder = { dir, close };
    holders.push(holder);
    return () => {
      const at = holders.indexOf(holder);
      if (at >= 0) holders.splice(at, 1);
    };
  },

  /** Closes, newest first, everything open in `root` or below (everything when `root` is omitted). */
  async closeUnder(root?: string): Promise<void> {
    const inside = (dir: string): boolean =>
      root === undefined || dir === root || dir.startsWith(root.endsWith(sep) ? root : root + sep);
    for (const holder of holders.filter((h) => inside(h.dir)).reverse()) await holder.close();
  },
};
