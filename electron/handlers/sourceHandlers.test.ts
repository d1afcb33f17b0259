import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/unit/helpers/tempDir';
import { NotebookSession } from '../session/notebookSession';

const ARTICLE =
  'Harbour fees rise\n\nThe port authority raised berth fees by a tenth on Monday, citing dredging costs.';

async function openSession(): Promise<NotebookSession> {
  return NotebookSession.open({ notebookDir: join(await tempDir(), 'nb'), userDataDir: null });
}

describe('source handlers', () => {
  it('deleteSource removes the source, every similar-link to it and its near-duplicate signature', async () => {
    const session = await openSession();
    const h = session.handlers;
    const first = await h.importText({ text: ARTICLE });
    const second = await h.importText({ text: `${ARTICLE} Shipping firms objected.` });
    expect((await h.getSourceDetails({ id: second.sourceId })).similar.map((s) => s.sourceId)).toEqual([
      first.sourceId,
    ]);
    await expect(h.deleteSource({ id: first.sourceId })).resolves.toEqual({ deleted: true });
    expect((await h.listSources({})).map((s) => s.id)).toEqual([second.sourceId]);
    expect((await h.getSourceDetails({ id: second.sourceId })).similar).toEqual([]);
    await session.close();
    const saved = await readFile(join(session.notebook.dir, 'similarity.json'), 'utf8');
    expect(saved).not.toContain(first.sourceId);
  });

  it('deleteSource of an unknown id is NOT_FOUND and changes nothing', async () => {
    const session = await openSession();
    const { sourceId } = await session.handlers.importText({ text: ARTICLE });
    await expect(
      session.handlers.deleteSource({ id: '01890a5d-ac96-774b-bcce-b302099a8057' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await session.handlers.listSources({})).map((s) => s.id)).toEqual([sourceId]);
  });

  it('updateSourceMetadata keeps the change and records who made it, field by field', async () => {
    const session = await openSession();
    const { sourceId } = await session.handlers.importText({ text: ARTICLE });
    const updated = await session.handlers.updateSourceMetadata({
      id: sourceId,
      site: 'Port Gazette',
      tags: ['port'],
    });
    expect(updated).toMatchObject({ site: 'Port Gazette', tags: ['port'] });
    expect(updated.metadataSources.site).toBeDefined();
    expect(updated.metadataSources.tags).toBeUndefined();
    expect(session.notebook.find('sources', sourceId)).toEqual(updated);
  });
});
