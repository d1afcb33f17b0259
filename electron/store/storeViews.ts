import type { Highlight, NoteBody, NotebookFile, Source } from '../../shared/model';

/** What the quote check reads of a notebook. */
export interface QuoteStoreView {
  sources(): readonly Source[];
  sourceById(id: string): Source | undefined;
  readText(source: Pick<Source, 'textSha256'>): Promise<string>;
  readonly highlights: {
    all(): Promise<Highlight[]>;
    findById(id: string): Promise<Highlight | undefined>;
  };
}

/**
 * What writing a packet reads of a notebook, and nothing more: the open store in the host (CLI,
 * tests), or a read-only snapshot of it in the export worker (see packet/isolated/snapshotStore).
 */
export interface PacketStoreView extends QuoteStoreView {
  readonly data: Readonly<
    Pick<NotebookFile, 'notebook' | 'sources' | 'entities' | 'claims' | 'notes' | 'questions' | 'ratings'>
  >;
  readonly notes: { readBody(id: string): Promise<NoteBody> };
  readonly originals: { get(sha256: string): Promise<Buffer> };
  readonly texts: { get(sha256: string): Promise<Buffer> };
}
