import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTokens, type FieldTokens, type SearchDoc, type SearchResult } from '../../shared/search';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { SearchIndex } from './SearchIndex';

const doc = (id: string, body: string, stamp = 'v1', title = 'Title'): SearchDoc => ({
  id,
  kind: 'source',
  title,
  fields: { body },
  filters: {},
  stamp,
});
const ids = (result: SearchResult): string[] => result.groups.flatMap((g) => g.hits.map((h) => h.id)).sort();
const LONG = 'a.b@c-d.'.repeat(10_000) + ' ferry';
const SHORT = doc('s1', 'The harbour budget was approved.');

/** A tokenizer whose answers the test releases, standing in for the parser worker. */
function heldTokenizer() {
  const held: Array<() => void> = [];
  const texts: string[][] = [];
  const tokenize = (batch: string[]): Promise<FieldTokens[]> => {
    texts.push(batch);
    return new Promise((resolve) => held.push(() => resolve(batch.map(fieldTokens))));
  };
  const release = () => held.splice(0).forEach((go) => go());
  return { tokenize, texts, release };
}

async function open(tokenize?: (texts: string[]) => Promise<FieldTokens[]>): Promise<SearchIndex> {
  const index = await SearchIndex.open({
    dir: join(await tempDir(), 'search'),
    allDocs: () => [SHORT],
    tokenize,
  });
  await index.whenReady();
  return index;
}

describe('SearchIndex with long texts tokenized off the main thread', () => {
  it('indexes a long text once its words come back, flagging searches until then, in order with later changes', async () => {
    const worker = heldTokenizer();
    const index = await open(worker.tokenize);
    await index.add(doc('long', LONG, 'v1'));
    await index.add(doc('s2', 'A ferry timetable.'));
    expect(worker.texts).toHaveLength(1);
    expect(index.stampOf('long')).toBe('v1');
    const early = index.search('ferry');
    expect(early.rebuilding).toBe(true);
    expect(ids(early)).toEqual([]);
    worker.release();
    await index.caughtUp();
    const late = index.search('ferry');
    expect(late.rebuilding).toBe(false);
    expect(ids(late)).toEqual(['long', 's2']);
    await index.close();
  });

  it('ends with the same results and scores as tokenizing here, through replace, same-text restamp and remove', async () => {
    const worker = heldTokenizer();
    const off = await open(worker.tokenize);
    const here = await open();
    const steps: Array<(index: SearchIndex) => Promise<void>> = [
      (i) => i.add(doc('long', LONG)),
      (i) => i.add(doc('long', LONG, 'v2')),
      (i) => i.add(doc('long', `${LONG} harbour`, 'v3')),
      (i) => i.add(doc('other', `${LONG} harbour budget`)),
      (i) => i.remove('other'),
    ];
    for (const step of steps) {
      await step(off);
      await step(here);
      worker.release();
      await off.caughtUp();
      worker.release();
      await off.caughtUp();
      for (const query of ['harbour', 'ferry', 'budget', 'a b c d'])
        expect(off.search(query)).toEqual(here.search(query));
    }
    expect(off.stampOf('long')).toBe('v3');
    await off.close();
    await here.close();
  });

  it('indexes the text anyway when the worker fails, and reports it', async () => {
    const problems: string[] = [];
    const index = await SearchIndex.open({
      dir: join(await tempDir(), 'search'),
      allDocs: () => [],
      tokenize: () => Promise.reject(new Error('worker gone')),
      onProblem: (what) => problems.push(what),
    });
    await index.whenReady();
    await index.add(doc('long', LONG));
    await index.caughtUp();
    expect(ids(index.search('ferry'))).toEqual(['long']);
    expect(problems).toEqual(['index a long text in the background']);
    await index.close();
  });
});
