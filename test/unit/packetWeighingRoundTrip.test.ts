// Questions (rival answers) and reliability ratings through a packet: what the export writes, how the
// parser holds them (current, older and malformed records), and what an import keeps of the reporter's.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import { parsePacket } from '../../electron/packet/parsePacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import type { Question, Ratings } from '../../shared/model';
import { RECORDS_PATH } from '../../shared/packet/packetPaths';
import { sessionPool } from './helpers/sessionPool';
import { resign } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let packet: string;
let good: Map<string, Uint8Array>;
let asked: Question;
const pool = sessionPool(() => dir);
const open = pool.open;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-weighing-'));
  nb = await buildSampleNotebook(dir);
  const h = nb.session.handlers;
  const rival = await h.createClaim({
    statement: 'The harbour budget stays at 20 million',
    claimantId: null,
    status: 'disputed',
    evidence: [],
  });
  asked = await h.createQuestion({
    text: 'How large is the harbour budget?',
    claimIds: [nb.ids.claim, rival.id],
    answers: ['Unknown until the audit'],
  });
  await h.rateSource({ sourceId: nb.ids.river, rating: 'wire', reason: 'water board release' });
  await h.rateSource({ sourceId: nb.ids.secret, rating: 'primary', reason: 'the memo itself' });
  await h.rateOutlet({ site: 'Harbour Gazette', rating: 'established', reason: 'regional paper' });
  packet = (await exportPacket(nb.session, { out: join(dir, 'p.zip') })).path;
  good = await readPacketEntries(packet);
});
afterAll(() => pool.closeAll(nb.session));

const dec = (data: Uint8Array | undefined): string => Buffer.from(data ?? []).toString('utf8');
const records = (): Record<string, unknown> & { questions: Question[]; ratings: Ratings } =>
  JSON.parse(dec(good.get(RECORDS_PATH)));
/** The packet with its records changed, re-signed so only the records' content is in question. */
const withRecords = (change: (r: ReturnType<typeof records>) => void): Map<string, Uint8Array> => {
  const r = records();
  change(r);
  const out = new Map(good);
  out.set(RECORDS_PATH, new TextEncoder().encode(JSON.stringify(r)));
  return resign(out);
};
/** What the notebook shares, minus what the default export leaves out (the confidential source). */
const sharedRatings = (): Ratings => {
  const all = nb.session.notebook.data.ratings;
  return { ...all, sources: all.sources.filter((r) => r.sourceId !== nb.ids.secret) };
};

describe('packet: questions and ratings', () => {
  it('export: records carry the question and the ratings of the packet’s sources and outlets only', () => {
    const r = records();
    expect(r.version).toBe(2);
    expect(r.questions).toEqual([asked]);
    expect(r.ratings).toEqual(sharedRatings());
    expect(r.ratings.sources.map((x) => x.sourceId)).toEqual([nb.ids.river]);
    expect(r.ratings.outlets.map((x) => x.outlet)).toEqual(['harbour gazette']);
  });

  const rejected: Array<{ name: string; change: (r: ReturnType<typeof records>) => void; message: RegExp }> =
    [
      {
        name: 'current records without questions',
        change: (r) => delete (r as Record<string, unknown>).questions,
        message: /records\.json is not in the expected form at questions/,
      },
      {
        name: 'an unknown key in an answer',
        change: (r) => Object.assign(r.questions[0]?.answers[0] ?? {}, { script: 'alert(1)' }),
        message: /at questions\.0\.answers\.0/,
      },
      {
        name: 'a rating this app does not know',
        change: (r) => Object.assign(r.ratings.sources[0] ?? {}, { rating: 'gossip' }),
        message: /at ratings\.sources\.0\.rating/,
      },
      {
        name: 'a version 1 file with questions in it',
        change: (r) => Object.assign(r, { version: 1 }),
        message: /records\.json is not in the expected form/,
      },
      {
        name: 'an answer on a claim the packet lacks',
        change: (r) => Object.assign(r.questions[0]?.answers[0] ?? {}, { claimId: nb.ids.anonymous }),
        message: /names a claim it does not carry/,
      },
      {
        name: 'a rating of a source the packet lacks',
        change: (r) => Object.assign(r.ratings.sources[0] ?? {}, { sourceId: nb.ids.secret }),
        message: /rates source .* which it does not carry/,
      },
      {
        name: 'one question listed twice',
        change: (r) => r.questions.push(r.questions[0] as Question),
        message: /lists the question .* twice/,
      },
      {
        name: 'an outlet named in another form than its key',
        change: (r) => Object.assign(r.ratings.outlets[0] ?? {}, { outlet: 'Harbour Gazette' }),
        message: /rates an outlet under a name in an unknown form/,
      },
    ];
  it.each(rejected)('parse refuses $name', ({ change, message }) => {
    const error = (() => {
      try {
        parsePacket(withRecords(change));
        return null;
      } catch (e) {
        return e as { code: string; message: string; details: { reason: string } };
      }
    })();
    expect(error?.code).toBe('IMPORT_FAILED');
    expect(error?.details.reason).toBe('invalid-data');
    expect(error?.message).toMatch(message);
  });

  it('parse reads the current records, and an older packet without questions or ratings as having none', () => {
    expect(parsePacket(good).content).toMatchObject({ questions: [asked], ratings: sharedRatings() });
    const old = parsePacket(
      withRecords((r) => {
        const v1 = r as Record<string, unknown>;
        v1.version = 1;
        delete v1.questions;
        delete v1.ratings;
      }),
    );
    expect(old.content.questions).toEqual([]);
    expect(old.content.ratings).toEqual({ sources: [], outlets: [] });
    expect(old.content.claims).toEqual(parsePacket(good).content.claims);
  });

  it('round trip: export, import into another notebook, the same questions and ratings', async () => {
    const copy = await open('copy');
    const result = await importPacket(copy.notebook, packet);
    expect(result.added).toMatchObject({ questions: 1, ratings: 2 });
    expect(copy.notebook.data.questions).toEqual([asked]);
    expect(copy.notebook.data.ratings).toEqual(sharedRatings());
    // The same packet again changes nothing.
    expect((await importPacket(copy.notebook, packet)).unchanged).toBe(true);
  });

  it('apply: a colleague’s new answer joins; a rating the reporter changed is kept and the difference shown', async () => {
    const mine = await open('mine');
    await importPacket(mine.notebook, packet);
    await mine.handlers.rateSource({
      sourceId: nb.ids.river,
      rating: 'derivative',
      reason: 'copies the wire',
    });
    const before = mine.notebook.data.ratings;
    await nb.session.handlers.addAnswer({ questionId: asked.id, text: 'About 30 million' });
    const newer = (await exportPacket(nb.session, { out: join(dir, 'newer.zip') })).path;

    const preview = await importPacket(mine.notebook, newer, { dryRun: true });
    expect(preview.summary.join('\n')).toMatch(/1 rating already here would change or differ/);
    expect(preview.summary.join('\n')).toMatch(
      /rating: yours kept \(the packet has “Wire service: water board/,
    );
    const result = await importPacket(mine.notebook, newer);
    expect(result.changes.filter((c) => c.kind === 'rating')).toEqual([
      {
        kind: 'rating',
        id: nb.ids.river,
        label: expect.any(String),
        fields: [
          {
            field: 'rating',
            outcome: 'kept-yours',
            yours: 'Content farm / derivative: copies the wire',
            theirs: 'Wire service: water board release',
          },
        ],
      },
    ]);
    expect(mine.notebook.data.ratings).toEqual(before);
    const answers = mine.notebook.data.questions[0]?.answers.map((a) => a.text);
    expect(answers).toContain('About 30 million');
    expect(answers?.length).toBe(4);
  });
});
