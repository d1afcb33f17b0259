import type { NotebookFile, Source } from '../../../shared/model';
import { SourceShards } from '../../../electron/store/sourceShards';

/** The sources a notebook folder holds on disk (format 2: in `sources/` shards), read without opening it. */
export async function sourcesOnDisk(dir: string): Promise<Source[]> {
  return new SourceShards(dir).open({ sourcesIn: 'shards' } as NotebookFile);
}
