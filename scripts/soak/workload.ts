// Varied writes through the HTTP API, recorded in the ledger only once the host has answered 200.
import { call, type CallResult } from './host';
import { pick, type Ledger } from './ledger';

interface Target {
  base: string;
  token: string;
}

const WORDS = 'harbour council ferry tender minutes port authority contract records budget inquiry'.split(
  ' ',
);

function story(rand: () => number, token: string): string {
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(rand() * 8) }, () => pick(rand, WORDS)).join(' ');
  return `Soak story ${token}. ${sentence()}.\n\n${sentence()}, the ${token} file says.\n\n${sentence()}.`;
}

const noteDoc = (rev: number, token: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: `Draft rev-${rev} ${token}` }] }],
});

type Op = (t: Target, ledger: Ledger, rand: () => number, token: string) => Promise<CallResult>;

const importText: Op = async (t, ledger, rand, token) => {
  const text = story(rand, token);
  const r = await call(t.base, t.token, 'importText', { text, title: `Soak ${token}` });
  if (r.ok) {
    const { sourceId } = r.value as { sourceId: string };
    ledger.sources.set(sourceId, { token, length: text.length });
    ledger.fresh.add(sourceId);
  }
  return r;
};

const highlight: Op = async (t, ledger, rand, token) => {
  const sourceId = pick(rand, [...ledger.sources.keys()]);
  if (!sourceId) return importText(t, ledger, rand, token);
  const start = Math.floor(rand() * 10);
  const end = start + 5 + Math.floor(rand() * 20);
  const r = await call(t.base, t.token, 'createHighlight', { sourceId, start, end, comment: token });
  if (r.ok) {
    const { id } = r.value as { id: string };
    ledger.highlights.set(id, { sourceId, comment: token });
    ledger.fresh.add(id);
  }
  return r;
};

let nextRev = 1;
// One save per note at a time, as the editor does: which of two overlapping saves lands last is not a loss.
const saving = new Set<string>();
const saveNote: Op = async (t, ledger, rand, token) => {
  let id =
    ledger.notes.size < 8
      ? undefined
      : pick(
          rand,
          [...ledger.notes.keys()].filter((n) => !saving.has(n)),
        );
  if (!id) {
    const created = await call(t.base, t.token, 'createNote', { title: `Note ${token}` });
    if (!created.ok) return created;
    id = (created.value as { id: string }).id;
    ledger.notes.set(id, 0);
    ledger.fresh.add(id);
    ledger.acknowledged += 1;
  }
  const rev = nextRev++;
  saving.add(id);
  const r = await call(t.base, t.token, 'saveNote', { id, doc: noteDoc(rev, token) });
  saving.delete(id);
  // Saves of one note may overlap; the note must hold the highest acknowledged one (or a later one).
  if (r.ok) {
    ledger.notes.set(id, Math.max(ledger.notes.get(id) ?? 0, rev));
    ledger.fresh.add(id);
  }
  return r;
};

const tagEntity: Op = async (t, ledger, rand, token) => {
  const untagged = [...ledger.highlights.keys()].filter((id) => !ledger.tags.has(id));
  const highlightId = pick(rand, untagged);
  if (!highlightId) return highlight(t, ledger, rand, token);
  let entityId =
    ledger.entities.size > 5 && rand() < 0.7 ? pick(rand, [...ledger.entities.keys()]) : undefined;
  if (!entityId) {
    const name = `Person ${token}`;
    const created = await call(t.base, t.token, 'createEntity', { type: 'person', name });
    if (!created.ok) return created;
    entityId = (created.value as { id: string }).id;
    ledger.entities.set(entityId, name);
    ledger.fresh.add(entityId);
    ledger.acknowledged += 1;
  }
  // Claimed before the call: a highlight is tagged once, so what it holds after a crash is unambiguous.
  ledger.tags.set(highlightId, '');
  const r = await call(t.base, t.token, 'updateHighlight', { id: highlightId, entityIds: [entityId] });
  if (r.ok) {
    ledger.tags.set(highlightId, entityId);
    ledger.fresh.add(`tag:${highlightId}`);
  }
  return r;
};

const OPS: Op[] = [importText, highlight, highlight, saveNote, saveNote, tagEntity];

/**
 * Keeps `parallel` writes in flight until the host stops answering (it was killed). Returns how many
 * calls failed for another reason than the connection dropping, with the first such message.
 */
export async function writeUntilKilled(
  target: Target,
  ledger: Ledger,
  rand: () => number,
  nextToken: () => string,
  parallel = 3,
): Promise<{ refused: number; firstRefusal: string | null }> {
  let refused = 0;
  let firstRefusal: string | null = null;
  let alive = true;
  const worker = async (): Promise<void> => {
    while (alive) {
      const op = pick(rand, OPS) as Op;
      const r = await op(target, ledger, rand, nextToken());
      if (r.ok) ledger.acknowledged += 1;
      else if (r.status === 0) alive = false;
      else {
        refused += 1;
        firstRefusal ??= `${r.status} ${r.message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { refused, firstRefusal };
}
