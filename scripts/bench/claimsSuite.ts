import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NotebookSession } from '../../electron/session/notebookSession';
import { NOTEBOOK_FILE } from '../../electron/store/notebookStore';
import { newId } from '../../shared/ids';
import type { Claim, Highlight, NotebookFile, Question } from '../../shared/model';
import { median, round, timeMs, type Figure } from './measure';
import { warmScaleNotebook, writeScaleNotebook } from './scaleNotebook';

const SOURCES = 10_000;
const HIGHLIGHTS = 10_000;
const CLAIMS = 500;
const EVIDENCE_PER_CLAIM = 10;
const ANSWERS_PER_QUESTION = 5;

/**
 * Dates every highlight ("reported on 14 March"), so sources and highlights make 20,000 dated
 * items, and tags one in five with the first entity; returns every highlight.
 */
async function dateHighlights(dir: string, entityId: string): Promise<Highlight[]> {
  const all: Highlight[] = [];
  const shardDir = join(dir, 'highlights');
  // Shard files only (digests.json sits beside them); rewritten here, they are validated in full on open.
  for (const name of (await readdir(shardDir)).filter((n) => /^[0-9a-f]{2}\.json$/.test(n))) {
    const file = JSON.parse(await readFile(join(shardDir, name), 'utf8')) as {
      version: 1;
      records: Highlight[];
    };
    for (const [i, h] of file.records.entries()) {
      h.quote.prefix = `reported on ${1 + (i % 28)} March `;
      if (i % 5 === 0) h.entityIds = [entityId];
      all.push(h);
    }
    await writeFile(join(shardDir, name), JSON.stringify(file));
  }
  return all;
}

/**
 * 500 claims of 10 pieces of evidence in 100 questions of 5 answers, over 10,000 sources; every
 * tenth source linked as a rewrite of the next, and one outlet rated, so grouping has work to do.
 */
async function addClaims(dir: string, highlights: Highlight[]): Promise<void> {
  const path = join(dir, NOTEBOOK_FILE);
  const notebook = JSON.parse(await readFile(path, 'utf8')) as NotebookFile;
  const at = new Date(Date.UTC(2025, 6, 1)).toISOString();
  for (let i = 0; i + 1 < notebook.sources.length; i += 10) {
    const [a, b] = [notebook.sources[i], notebook.sources[i + 1]];
    if (!a || !b) continue;
    a.similar = [{ sourceId: b.id, score: 0.7 }];
    b.similar = [{ sourceId: a.id, score: 0.7 }];
  }
  const claims: Claim[] = Array.from({ length: CLAIMS }, (_, c) => ({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    statement: `Claim ${c}`,
    claimantId: null,
    status: 'unverified',
    evidence: Array.from({ length: EVIDENCE_PER_CLAIM }, (_, e) => ({
      highlightId: (highlights[(c * EVIDENCE_PER_CLAIM + e) % highlights.length] as Highlight).id,
      stance: e % 3 === 2 ? ('contradicts' as const) : ('supports' as const),
      note: '',
    })),
  }));
  const questions: Question[] = Array.from({ length: CLAIMS / ANSWERS_PER_QUESTION }, (_, q) => ({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    text: `Question ${q}?`,
    answers: claims
      .slice(q * ANSWERS_PER_QUESTION, (q + 1) * ANSWERS_PER_QUESTION)
      .map((c) => ({ id: newId(), text: c.statement, claimId: c.id })),
  }));
  notebook.claims = claims;
  notebook.questions = questions;
  notebook.ratings = {
    sources: [],
    outlets: [{ outlet: 'north-wire.example', rating: 'wire', reason: 'bench', ratedAt: at }],
  };
  await writeFile(path, JSON.stringify(notebook));
}

/** claims_board_ms and timeline_ms (issue 18): the median of 5 calls, each right after a change. */
export async function claimsSuite(workDir: string): Promise<Figure[]> {
  const dir = join(workDir, 'notebook-claims');
  await writeScaleNotebook(dir, SOURCES, HIGHLIGHTS);
  const notebook = JSON.parse(await readFile(join(dir, NOTEBOOK_FILE), 'utf8')) as NotebookFile;
  const entityId = notebook.entities[0]?.id ?? '';
  const highlights = await dateHighlights(dir, entityId);
  await addClaims(dir, highlights);
  await warmScaleNotebook(dir);
  const session = await NotebookSession.open({ notebookDir: dir, userDataDir: null, create: false });
  try {
    const h = session.handlers;
    const first = await h.getClaimsBoard({});
    if (first.claims.length !== CLAIMS || first.questions.length !== CLAIMS / ANSWERS_PER_QUESTION)
      throw new Error('The claims bench notebook is not what it should be.');
    // Each timed call follows a change (a claim's wording), so it measures a board or timeline built
    // for a new notebook state, as after any edit; the cached figures are the same call again unchanged.
    const claimId = first.claims[0]?.claim.id ?? '';
    const afterChange = async (i: number, call: () => Promise<unknown>) => {
      await h.updateClaim({ id: claimId, statement: `The plan has ${i + 10} points` });
      return timeMs(call);
    };
    const board: number[] = [];
    const boardCached: number[] = [];
    for (let i = 0; i < 5; i++) {
      board.push(await afterChange(i, () => h.getClaimsBoard({})));
      boardCached.push(await timeMs(() => h.getClaimsBoard({})));
    }
    const all = await h.getTimeline({});
    if (all.total < 20_000) throw new Error(`Only ${all.total} dated items in the timeline bench.`);
    const timeline: number[] = [];
    const timelineCached: number[] = [];
    for (let i = 0; i < 5; i++) {
      timeline.push(await afterChange(i + 5, () => h.getTimeline({ entityId })));
      timelineCached.push(await timeMs(() => h.getTimeline({ entityId })));
    }
    return [
      { key: 'claims_board_ms', value: round(median(board)), unit: 'ms', budget: '≤ 200' },
      { key: 'claims_board_cached_ms', value: round(median(boardCached)), unit: 'ms', budget: '' },
      { key: 'timeline_items', value: all.total, unit: '', budget: '≥ 20000' },
      { key: 'timeline_ms', value: round(median(timeline)), unit: 'ms', budget: '≤ 300' },
      { key: 'timeline_cached_ms', value: round(median(timelineCached)), unit: 'ms', budget: '' },
    ];
  } finally {
    await session.close();
  }
}
