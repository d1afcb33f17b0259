import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDir';
import { startRacers } from './raceLocks';

// 10 processes race over one stale lock, round after round: exactly one may hold it each time, the
// others are told the notebook is open elsewhere. Racers are long-lived, so 100 rounds take seconds
// (the previous delete-then-create takeover gave 5 holders in the first round).
const ROUNDS = Number(process.env.LOCK_RACE_ROUNDS ?? 100);

describe('taking over a stale lock', () => {
  it('gives it to exactly one of ten racing processes, every round', { timeout: 120_000 }, async () => {
    const racers = await startRacers(10);
    try {
      const base = await tempDir('rn-lockrace-');
      for (let i = 0; i < ROUNDS; i++) {
        const result = await racers.round(join(base, `round-${i}`));
        expect(result.holders, `round ${i}`).toBe(1);
        expect(result.lockPid, `round ${i}: the lock file names the one holder`).not.toBeNull();
        expect(new Set(result.refusedWith)).toEqual(new Set(['NOTEBOOK_LOCKED']));
      }
    } finally {
      racers.stop();
    }
  });
});
