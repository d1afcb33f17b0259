import { mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPersistedDoc, parseLog, UpdateLog } from './updateLog';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('UpdateLog', () => {
  it('keeps every update across a reopen and cuts a torn tail', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rn-log-'));
    const file = join(dir, 'doc.yupdates');
    const { doc, log } = await openPersistedDoc(file);
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    await log.close();
    await appendFile(file, Buffer.from([0, 0, 0, 9, 1, 2, 3])); // a crash mid-append
    const again = await openPersistedDoc(file);
    expect(again.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    expect(parseLog(await readFile(file)).updates).toHaveLength(2);
    await again.log.close();
  });

  it('compacts into one update holding the same state', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rn-log-'));
    const file = join(dir, 'doc.yupdates');
    const { doc, log } = await openPersistedDoc(file);
    for (let i = 0; i < 300; i++) doc.getArray<number>('a').push([i]);
    await log.idle();
    await log.idle(); // the compaction queued by the last append
    await log.close();
    const { updates } = parseLog(await readFile(file));
    expect(updates.length).toBeLessThan(300);
    const reread = await openPersistedDoc(file);
    expect(reread.doc.getArray('a').length).toBe(300);
    await reread.log.close();
  });

  it('refuses a record whose checksum is wrong, keeping what came before', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rn-log-'));
    const file = join(dir, 'x');
    const { log } = await UpdateLog.open(file);
    await log.append(new Uint8Array([1, 2, 3]));
    await log.append(new Uint8Array([4, 5]));
    await log.close();
    const bytes = await readFile(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    await writeFile(file, bytes);
    expect(parseLog(await readFile(file)).updates.map((u) => [...u])).toEqual([[1, 2, 3]]);
  });

  it('with group commit, holds every update once idle() resolves', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rn-log-'));
    const file = join(dir, 'doc.yupdates');
    const { doc, log } = await openPersistedDoc(file, undefined, { groupCommit: true });
    for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
    await log.idle();
    expect(parseLog(await readFile(file)).updates).toHaveLength(20);
    doc.getMap('m').set('last', 1);
    await log.close();
    const reread = await openPersistedDoc(file);
    expect(reread.doc.getMap('m').size).toBe(21);
    await reread.log.close();
  });
});
