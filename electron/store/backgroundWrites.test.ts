import { describe, expect, it } from 'vitest';
import { BackgroundWrites } from './backgroundWrites';

/** A promise the test settles by hand. */
function gate(): { promise: Promise<void>; open: () => void; fail: (e: Error) => void } {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

describe('BackgroundWrites', () => {
  it('idle() waits for every running write, including ones started while waiting', async () => {
    const bg = new BackgroundWrites(() => undefined);
    const first = gate();
    const second = gate();
    const done: string[] = [];
    void bg.run('first', async () => {
      await first.promise;
      done.push('first');
      void bg.run('second', async () => {
        await second.promise;
        done.push('second');
      });
    });
    let idle = false;
    const waiting = bg.idle().then(() => (idle = true));
    first.open();
    await Promise.resolve();
    expect(idle).toBe(false);
    second.open();
    await waiting;
    expect(done).toEqual(['first', 'second']);
    expect(bg.busy).toBe(false);
  });

  it('reports a failure with what was being done, and never rejects', async () => {
    const reported: Array<[string, string]> = [];
    const bg = new BackgroundWrites((what, error) => reported.push([what, (error as Error).message]));
    const failing = gate();
    const run = bg.run('save the cache', () => failing.promise);
    failing.fail(new Error('disk full'));
    await expect(run).resolves.toBeUndefined();
    await bg.idle();
    expect(reported).toEqual([['save the cache', 'disk full']]);
  });

  it('a deferred write runs once however often it is asked for, and idle() starts it without waiting out the delay', async () => {
    const bg = new BackgroundWrites(() => undefined);
    let writes = 0;
    const write = (): Promise<void> => {
      writes++;
      return Promise.resolve();
    };
    bg.later('save', 3_600_000, write);
    bg.later('save', 3_600_000, write);
    expect(writes).toBe(0);
    expect(bg.busy).toBe(true);
    await bg.idle();
    expect(writes).toBe(1);
    expect(bg.busy).toBe(false);
  });
});
