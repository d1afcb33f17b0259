import { compilePattern, findApproximate, scanColumns, type CompiledPattern } from './bitParallel';

const PROBE_LENGTH = 32;
const MAX_PROBES = 3;
/** Sampled error rate above which a guess is not worth aligning the whole quote for. */
const IMPLAUSIBLE_ERROR_RATE = 0.5;

/** Where the quote might start in the normalised text, and how strongly the probes say so. */
export interface Guess {
  start: number;
  /** Best probe error rate among the hits that imply this start. */
  errors: number;
  /** How many different probes imply this start. */
  support: number;
}

interface Probe {
  text: string;
  offset: number;
}

interface ProbeHit {
  start: number;
  errors: number;
  probe: number;
}

/** Up to three evenly spaced 32-unit pieces of the quote, or the whole quote if it is shorter. */
export function probesOf(quote: string): Probe[] {
  if (quote.length <= PROBE_LENGTH) return [{ text: quote, offset: 0 }];
  const count = Math.min(MAX_PROBES, Math.ceil(quote.length / PROBE_LENGTH));
  return Array.from({ length: count }, (_, i) => {
    const offset = Math.round((i * (quote.length - PROBE_LENGTH)) / (count - 1));
    return { text: quote.slice(offset, offset + PROBE_LENGTH), offset };
  });
}

/**
 * Quote starts implied by approximate probe hits in haystack[from..to), each probe allowed
 * `maxErrorRate` edits per unit; hits whose implied starts agree within `slack / 2` are merged.
 */
export function probeGuesses(
  probes: Probe[],
  haystack: string,
  maxErrorRate: number,
  from: number,
  to: number,
  slack: number,
): Guess[] {
  const hits: ProbeHit[] = [];
  probes.forEach((probe, i) => {
    const budget = Math.floor(probe.text.length * maxErrorRate);
    for (const hit of findApproximate(probe.text, haystack, budget, from, to)) {
      const start = hit.end - probe.text.length - probe.offset;
      hits.push({ start, errors: hit.errors / probe.text.length, probe: i });
    }
  });
  hits.sort((a, b) => a.start - b.start);
  const groups: Guess[] = [];
  let group: { best: ProbeHit; last: number; probes: Set<number> } | undefined;
  const close = (): void => {
    if (group)
      groups.push({ start: group.best.start, errors: group.best.errors, support: group.probes.size });
  };
  for (const hit of hits) {
    if (group && hit.start - group.last <= slack / 2) {
      group.probes.add(hit.probe);
      group.last = hit.start;
      if (hit.errors < group.best.errors) group.best = hit;
      continue;
    }
    close();
    group = { best: hit, last: hit.start, probes: new Set([hit.probe]) };
  }
  close();
  return groups;
}

/**
 * A cheap filter before aligning a long quote in full: looks for every probe near where the
 * guess puts it and rejects the guess when, together, they are at least half wrong. A real
 * passage passes even with one probe region rewritten; a chance hit of one probe does not.
 */
export function plausibility(probes: Probe[]): (haystack: string, start: number, slack: number) => boolean {
  const compiled: CompiledPattern[] = probes.map((probe) => compilePattern(probe.text));
  const total = probes.reduce((sum, probe) => sum + probe.text.length, 0);
  return (haystack, start, slack) => {
    let errors = 0;
    probes.forEach((probe, i) => {
      const lo = Math.max(0, start + probe.offset - slack);
      const hi = Math.min(haystack.length, start + probe.offset + probe.text.length + slack);
      const pattern = compiled[i];
      if (!pattern || hi <= lo) {
        errors += probe.text.length;
        return;
      }
      errors += Math.min(...scanColumns(pattern, haystack, lo, hi, false));
    });
    return errors <= IMPLAUSIBLE_ERROR_RATE * total;
  };
}
