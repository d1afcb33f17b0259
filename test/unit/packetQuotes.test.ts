import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import type { DocNode } from '../../shared/model';
import { addPlainSource, highlightWords } from './helpers/addPlainSource';

const ARTICLE =
  'Election night in the district.\n\nTurnout rose 20 points compared with the last vote, officials said.';
const WORDS = 'Turnout rose 20 points';

let dir: string;
let session: NotebookSession;
let packet: string;

const text = (t: string): DocNode => ({ type: 'text', text: t });
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-quotes-'));
  session = await NotebookSession.open({ notebookDir: join(dir, 'nb'), userDataDir: null });
  const { sourceId } = await addPlainSource(session.notebook, { title: 'Election night', text: ARTICLE });
  const h = await highlightWords(session.handlers, sourceId, ARTICLE, WORDS);
  const cite: DocNode = { type: 'citation', attrs: { sourceId, highlightId: h.id, locator: null } };
  const note = await session.handlers.createNote({ title: 'Turnout' });
  await session.handlers.saveNote({
    id: note.id,
    allowEmpty: false,
    doc: {
      type: 'doc',
      content: [
        para(text('Officials said “Turnout rose 19 points” '), cite, text('.')),
        para(text('The count confirmed that “turnout rose 20 points” '), cite, text('.')),
      ],
    },
  });
  packet = (await exportPacket(session, { out: join(dir, 'p.zip') })).path;
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a packet tells the truth about its quotations', () => {
  it('marks each quotation in index.html with its status and lists the problem with its diff', async () => {
    const files = await readPacketEntries(packet);
    const html = Buffer.from(files.get('index.html') ?? []).toString('utf8');
    expect(html).toMatch(
      /<span class="q q-differs" title="Differs from the source">“Turnout rose 19 points”<\/span><sup class="q-badge q-differs">Differs from the source<\/sup>/,
    );
    expect(html).toMatch(/<span class="q q-exact" title="Exact">“turnout rose 20 points”<\/span>/);
    expect(html).toContain('2 quotations: 1 exact, 1 differ from the source');
    expect(html).toMatch(/Changes: Turnout rose <del>20<\/del><ins>19<\/ins> points/);
    const markdown = Buffer.from(files.get('notes/turnout.md') ?? []).toString('utf8');
    expect(markdown).toContain(
      '- Differs from the source: “Turnout rose 19 points”. The source says: “Turnout rose 20 points”.',
    );
  });

  it('records the counts in the manifest, and verify prints them', async () => {
    const files = await readPacketEntries(packet);
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8'));
    expect(manifest.quotes).toEqual({ checked: 2, exact: 1, differs: 1, notFound: 0, uncited: 0 });
    const lines: string[] = [];
    expect(await runVerify([packet], (l) => lines.push(l))).toBe(0);
    expect(lines).toContain(
      'Quotations in its notes when it was made: 2 checked, 1 exact, 1 differ from the source, 0 not found, 0 without a citation.',
    );
  });
});
