import type { Source } from '../../shared/model';
import { mapLimit } from '../../shared/text/mapLimit';
import type { BlobStore } from './blobStore';

type Folded = { text: string; folded: string };

/** Clean texts read from the blob store, cached: they are immutable, so a cache never goes stale. */
export class SourceTexts {
  /** Recently read texts, bounded. */
  private readonly recent = new Map<string, string>();
  /** Texts with their lower-cased form; grows only with new sources. */
  private readonly folded = new Map<string, Folded>();

  constructor(private readonly texts: BlobStore) {}

  /** The clean text of a source, verified against its hash. */
  async read(source: Pick<Source, 'textSha256'>): Promise<string> {
    const cached = this.recent.get(source.textSha256);
    if (cached !== undefined) return cached;
    const text = (await this.texts.get(source.textSha256)).toString('utf8');
    if (this.recent.size >= 500) this.recent.delete(this.recent.keys().next().value ?? '');
    this.recent.set(source.textSha256, text);
    return text;
  }

  /**
   * Every source's text, lower-cased alongside so callers can skip a source
   * cheaply before running a costly pattern.
   */
  async all(sources: readonly Source[]): Promise<Array<{ source: Source } & Folded>> {
    return mapLimit(sources, 64, async (source) => ({ source, ...(await this.foldedText(source)) }));
  }

  private async foldedText(source: Source): Promise<Folded> {
    const cached = this.folded.get(source.textSha256);
    if (cached) return cached;
    const text = await this.read(source);
    const entry = { text, folded: text.toLocaleLowerCase() };
    this.folded.set(source.textSha256, entry);
    return entry;
  }
}
