import { join } from 'node:path';
import type { Highlight, Source } from '../../../shared/model';
import { BlobStore } from '../../store/blobStore';
import { NoteFiles } from '../../store/noteFiles';
import { SourceTexts } from '../../store/sourceTexts';
import type { PacketStoreView } from '../../store/storeViews';

/** What the host hands the export worker: the notebook's records as they were when the export started. */
export interface NotebookSnapshot {
  dir: string;
  data: PacketStoreView['data'];
  highlights: Highlight[];
}

/**
 * A read-only notebook for the export worker: records from the snapshot, and the immutable
 * texts and originals (content-addressed, checked against their hash) and note bodies (written
 * whole by rename) read from the notebook folder. It never writes: the host stays the one writer.
 */
export class SnapshotStore implements PacketStoreView {
  readonly data: PacketStoreView['data'];
  readonly notes: NoteFiles;
  readonly texts: BlobStore;
  readonly originals: BlobStore;
  readonly highlights: PacketStoreView['highlights'];
  private readonly sourceTexts: SourceTexts;
  private readonly byId: Map<string, Source>;

  constructor(snapshot: NotebookSnapshot) {
    this.data = snapshot.data;
    this.notes = new NoteFiles(join(snapshot.dir, 'notes'));
    this.texts = new BlobStore(join(snapshot.dir, 'texts'));
    this.originals = new BlobStore(join(snapshot.dir, 'originals'));
    this.sourceTexts = new SourceTexts(this.texts);
    this.byId = new Map(snapshot.data.sources.map((s) => [s.id, s]));
    const highlightById = new Map(snapshot.highlights.map((h) => [h.id, h]));
    this.highlights = {
      all: () => Promise.resolve(snapshot.highlights),
      findById: (id) => Promise.resolve(highlightById.get(id)),
    };
  }

  sources(): readonly Source[] {
    return this.data.sources;
  }

  sourceById(id: string): Source | undefined {
    return this.byId.get(id);
  }

  readText(source: Pick<Source, 'textSha256'>): Promise<string> {
    return this.sourceTexts.read(source);
  }
}
