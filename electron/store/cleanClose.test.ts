import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { highlightSchema, notebookFileSchema, sourceSchema } from '../../shared/model';
import { sha256Hex } from './blobStore';
import {
  CLEAN_CLOSE_FILE,
  CleanClose,
  HIGHLIGHT_SCHEMA_DIGEST,
  NOTEBOOK_SCHEMA_DIGEST,
  SOURCE_SCHEMA_DIGEST,
} from './cleanClose';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-clean-close-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('clean-close marker', () => {
  it('pins the notebook model: update NOTEBOOK_SCHEMA_DIGEST when notebookFileSchema changes', () => {
    const now = sha256Hex(JSON.stringify(z.toJSONSchema(notebookFileSchema, { unrepresentable: 'any' })));
    expect(NOTEBOOK_SCHEMA_DIGEST, `notebookFileSchema changed: set NOTEBOOK_SCHEMA_DIGEST to ${now}`).toBe(
      now,
    );
  });

  it('pins the highlight model: update HIGHLIGHT_SCHEMA_DIGEST when highlightSchema changes', () => {
    const now = sha256Hex(JSON.stringify(z.toJSONSchema(highlightSchema, { unrepresentable: 'any' })));
    expect(HIGHLIGHT_SCHEMA_DIGEST, `highlightSchema changed: set HIGHLIGHT_SCHEMA_DIGEST to ${now}`).toBe(
      now,
    );
  });

  it('pins the source model: update SOURCE_SCHEMA_DIGEST when sourceSchema changes', () => {
    const now = sha256Hex(JSON.stringify(z.toJSONSchema(sourceSchema, { unrepresentable: 'any' })));
    expect(SOURCE_SCHEMA_DIGEST, `sourceSchema changed: set SOURCE_SCHEMA_DIGEST to ${now}`).toBe(now);
  });

  const digest = 'ab'.repeat(32);
  const cases: Array<[string, string | null, string | null]> = [
    ['no marker', null, null],
    ['a marker this app wrote', 'written', digest],
    ['not JSON (torn or damaged)', '{"version":1,"sch', null],
    [
      'another version',
      JSON.stringify({ version: 2, schema: NOTEBOOK_SCHEMA_DIGEST, notebookSha256: digest }),
      null,
    ],
    ['another model', JSON.stringify({ version: 1, schema: 'cd'.repeat(32), notebookSha256: digest }), null],
    [
      'a digest that is not one',
      JSON.stringify({ version: 1, schema: NOTEBOOK_SCHEMA_DIGEST, notebookSha256: 'x' }),
      null,
    ],
  ];
  it.each(cases)('reads %s', async (_, content, expected) => {
    const marker = new CleanClose(dir);
    if (content === 'written') await marker.write(digest);
    else if (content !== null) await writeFile(join(dir, CLEAN_CLOSE_FILE), content);
    expect(await marker.read()).toBe(expected);
  });

  it('writes the marker whole, with the model it vouches under', async () => {
    await new CleanClose(dir).write(digest);
    expect(JSON.parse(await readFile(join(dir, CLEAN_CLOSE_FILE), 'utf8'))).toEqual({
      version: 1,
      schema: NOTEBOOK_SCHEMA_DIGEST,
      notebookSha256: digest,
    });
  });
});
