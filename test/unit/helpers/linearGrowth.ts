/**
 * For tests that must tell linear work from quadratic (a backtracking pattern, a recursive walk) without
 * an absolute time budget, which a busy machine breaks: `run` is timed on an input and on one `factor`
 * times larger. Linear work grows about `factor`-fold, quadratic `factor²`-fold; the bound (three times
 * `factor`, plus 1.5 s for scheduling noise) lets the first through and not the second.
 *
 * Time on a loaded machine only ever gets added, so when the large run misses the bound both runs are
 * repeated once and the faster of each pair counts: a pause that hit one measurement is not counted
 * twice, while quadratic work misses again (at 1 MB, by minutes).
 */
export interface Growth {
  small: number;
  large: number;
  bound: number;
  ok: boolean;
  /** For an assertion message. */
  summary: string;
}

const NOISE_MS = 1500;

function elapsed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function measureGrowth(run: (size: number) => unknown, smallSize: number, factor = 8): Growth {
  const largeSize = smallSize * factor;
  let small = elapsed(() => run(smallSize));
  let large = elapsed(() => run(largeSize));
  const boundOf = (s: number) => 3 * factor * s + NOISE_MS;
  if (large >= boundOf(small)) {
    small = Math.min(
      small,
      elapsed(() => run(smallSize)),
    );
    large = Math.min(
      large,
      elapsed(() => run(largeSize)),
    );
  }
  const bound = boundOf(small);
  return {
    small,
    large,
    bound,
    ok: large < bound,
    summary: `${small.toFixed(1)} ms at ${smallSize}, ${large.toFixed(1)} ms at ${largeSize} (bound ${bound.toFixed(0)} ms)`,
  };
}
