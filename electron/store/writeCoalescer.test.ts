import { describe, expect, it } from 'vitest';
import { WriteCoalescer } from './writeCoalescer';

describe('WriteCoalescer', () => {
  it('joins requests made in the same tick into one write', async () => {
    let writes = 0;
    const c = new WriteCoalescer(async () => {
      writes++;
      await Promise.resolve();
    });
    await Promise.all([c.request(), c.request(), c.request()]);
    expect(writes).toBe(1);
  });

  it('queues one more write for requests made while a write runs', async () => {
    const order: string[] = [];
    let release!: () => void;
    let calls = 0;
    const c = new WriteCoalescer(async () => {
      calls++;
      order.push(`start ${calls}`);
      if (calls === 1) await new Promise<void>((r) => (release = r));
      order.push(`end ${calls}`);
    });
    const first = c.request();
    await new Promise((r) => setTimeout(r, 0));
    const second = c.request();
    const third = c.request();
    expect(second).toBe(third);
    release();
    await Promise.all([first, second, third]);
    expect(order).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('rejects the callers of a failed write and recovers for the next', async () => {
    let fail = true;
    const c = new WriteCoalescer(() => (fail ? Promise.reject(new Error('disk full')) : Promise.resolve()));
    await expect(c.request()).rejects.toThrow('disk full');
    fail = false;
    await expect(c.request()).resolves.toBeUndefined();
  });
});
