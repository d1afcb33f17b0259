/** Structural kind of one body block: paragraph, subheading, list item or quotation. */
export type BlockKind = 'p' | 'h' | 'li' | 'quote';

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
}

/** A block on its way through cleanup; HTML adds how much of it is link text. */
export interface CandidateBlock extends ArticleBlock {
  /** Share of the characters that sit inside links (0..1); absent for plain text. */
  linkDensity?: number;
  /** Known furniture (a figure caption, navigation cut before parsing, readers' comments): kept in order, always cut. */
  furniture?: 'caption' | 'chrome' | 'comments';
  /**
   * One line of a list the page drew without list markup: a cell of a data table (a table with
   * no table inside it), or one of three or more lines of one paragraph split by line breaks
   * (ingredients, specifications, results). Cleanup treats it as a list item.
   */
  listLike?: 'cell' | 'line';
}

/** What every importer hands to the library: the article alone, its metadata, and what was cut. */
export interface ExtractedArticle {
  title: string;
  authors: string[];
  site: string | null;
  publishedAt: string | null;
  publishedApproximate: boolean;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** Body without its headline; paragraphs separated by blank lines. */
  text: string;
  blocks: ArticleBlock[];
  removed: string[];
  provenance: Record<string, string>;
  /** Set when the extractor is unsure of its reading, e.g. 'little-prose': shown to the reporter. */
  extractionNote?: 'little-prose' | 'visible-text' | null;
}

/** A date read from visible text; `approximate` when it had to be inferred. */
export interface DateFinding {
  iso: string;
  approximate: boolean;
  role: 'published' | 'modified';
  how: string;
}
