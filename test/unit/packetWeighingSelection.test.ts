// One rule decides which questions and answers a packet carries (selectWeighing): the editor's page
// (index.html, read with JavaScript off), questions.csv and records.json must all show that choice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPacket, type ExportPacketOptions } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import type { Question } from '../../shared/model';
import { RECORDS_PATH } from '../../shared/packet/packetPaths';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
/** Stands alone: only free-text answers, no claim. */
let freeText: Question;
/** One answer on the sample claim (kept by every export below), one on a claim with no evidence. */
let onClaims: Question;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-weighing-selection-'));
  nb = await buildSampleNotebook(dir);
  const h = nb.session.handlers;
  freeText = await h.createQuestion({
    text: 'Who commissioned the harbour audit?',
    claimIds: [],
    answers: ['The port authority', 'The ministry'],
  });
  const bare = await h.createClaim({
    statement: 'The harbour budget stays at 20 million',
    claimantId: null,
    status: 'disputed',
    evidence: [],
  });
  onClaims = await h.createQuestion({
    text: 'How large is the harbour budget?',
    claimIds: [nb.ids.claim, bare.id],
    answers: ['Unknown until the audit'],
  });
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

interface Shown {
  /** Question id → the answers' statements, in order. */
  page: Map<string, string[]>;
  records: Map<string, string[]>;
  csv: string;
}

let exports = 0;
async function shown(options: Omit<ExportPacketOptions, 'out'>): Promise<Shown> {
  const out = join(dir, `p${++exports}.zip`);
  const files = await readPacketEntries((await exportPacket(nb.session, { ...options, out })).path);
  const text = (name: string): string => Buffer.from(files.get(name) ?? []).toString('utf8');
  const document: Document = parseHTML(text('index.html')).document;
  const page = new Map(
    Array.from(document.querySelectorAll('#questions article.question')).map((article) => [
      article.id.replace(/^question-/, ''),
      Array.from(article.querySelectorAll('tbody tr')).map(
        (row) => row.querySelector('td')?.textContent ?? '',
      ),
    ]),
  );
  const stored = JSON.parse(text(RECORDS_PATH)) as {
    questions: Question[];
    claims: Array<{ id: string; statement: string }>;
  };
  const statement = new Map(stored.claims.map((c) => [c.id, c.statement]));
  const records = new Map(
    stored.questions.map((q) => [
      q.id,
      q.answers.map((a) => (a.claimId ? (statement.get(a.claimId) ?? `missing ${a.claimId}`) : a.text)),
    ]),
  );
  return { page, records, csv: text('questions.csv') };
}

const selections: Array<{
  name: string;
  options: () => Omit<ExportPacketOptions, 'out'>;
  freeText: boolean;
}> = [
  { name: 'the whole notebook', options: () => ({}), freeText: true },
  { name: 'sources tagged “harbour”', options: () => ({ tag: 'harbour' }), freeText: false },
  { name: 'one chosen note', options: () => ({ noteIds: [nb.ids.noteA] }), freeText: false },
];

describe('packet: index.html shows the questions records.json carries', () => {
  it.each(selections)('$name: the same questions and answers on the page as in the data', async (s) => {
    const { page, records, csv } = await shown(s.options());
    expect(page).toEqual(records);
    expect(records.has(onClaims.id)).toBe(true);
    expect(records.has(freeText.id)).toBe(s.freeText);
    for (const [id, answers] of records) {
      expect(csv).toContain(id);
      for (const answer of answers) expect(csv).toContain(answer);
    }
    if (!s.freeText) expect(csv).not.toContain(freeText.id);
  });

  it('the whole notebook: a question with only free-text answers is on the page with its answers', async () => {
    const { page } = await shown({});
    expect(page.get(freeText.id)).toEqual(['The port authority', 'The ministry']);
  });
});
