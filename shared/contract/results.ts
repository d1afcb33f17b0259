import type { Extraction, Source, SourceSummary } from '../model';
import type { SideBySideRow } from '../similarity/sideBySide';
import type { AnchorResult } from '../anchoring/types';
import type { Claim, DocNode, Entity, Highlight, NoteMeta, Reliability } from '../model';
import type { EffectiveRating, IndependenceNote, SideTally } from './boardResults';

export interface NotebookInfo {
  id: string;
  name: string;
  path: string;
  sourceCount: number;
  /** Things the reporter should know about, such as a restore from backup. */
  notices: string[];
  recent: RecentNotebook[];
  /** Set when this host can show the system folder picker (the desktop app); elsewhere a path is typed. */
  folderPicker?: true;
}

/** The folder the reporter picked, or null when they cancelled the picker. */
export interface FolderChoice {
  path: string | null;
}

export interface RecentNotebook {
  path: string;
  name: string;
  openedAt: string;
}

export interface SourceWithText {
  source: Source;
  text: string;
}

export type ImportResult =
  | { status: 'imported'; sourceId: string; title: string }
  | { status: 'duplicate'; sourceId: string; title: string; duplicateOf: { id: string; title: string } };

export type { SourceSummary };

export interface AnchoredHighlight {
  highlight: Highlight;
  anchor: AnchorResult;
}

export interface AnchorHealth {
  exact: number;
  fuzzy: number;
  orphaned: number;
}

export interface AnchoredHighlights {
  highlights: AnchoredHighlight[];
  health: AnchorHealth;
}

export interface EntitySummary {
  entity: Entity;
  highlightCount: number;
}

export interface EntityMentionView {
  sourceId: string;
  sourceTitle: string;
  start: number;
  end: number;
  sentence: string;
}

export interface EntityPage {
  entity: Entity;
  highlights: Array<{ highlight: Highlight; sourceTitle: string }>;
  mentions: EntityMentionView[];
  /** Mentions per source, most first. */
  countsBySource: Array<{ sourceId: string; sourceTitle: string; mentions: number; highlights: number }>;
  /** True when there were more mentions than the limit asked for. */
  truncated: boolean;
}

export interface EntitySuggestionView {
  name: string;
  type: Entity['type'];
  count: number;
  aliases: string[];
  /** `exists` when an entity already has this name or alias. */
  state: 'new' | 'exists' | 'rejected';
  entityId: string | null;
}

export interface EvidenceView {
  highlightId: string;
  stance: Claim['evidence'][number]['stance'];
  note: string;
  quote: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
  /** The source's outlet (site name), its reliability rating, and a rating the notebook suggests. */
  site: string | null;
  rating: EffectiveRating | null;
  suggestedRating: Reliability | null;
  /** Null when the highlight is gone. */
  independence: IndependenceNote | null;
}

export interface ClaimView {
  claim: Claim;
  claimantName: string | null;
  evidence: EvidenceView[];
  /** Independent evidence on both sides (for a claim answering a question, rival answers count against it). */
  contested: boolean;
  suggestedStatus: Claim['status'];
  support: SideTally;
  against: SideTally;
  /** The question this claim answers, if any. */
  questionId: string | null;
}

export interface NoteWithBody {
  note: NoteMeta;
  doc: DocNode & { type: 'doc' };
}

/** What the editor shows for one citation: hover card, references list, broken marker. */
export interface CitationInfo {
  highlightId: string | null;
  sourceId: string;
  locator: string | null;
  /** False when the highlight or source no longer exists. */
  resolved: boolean;
  quote: string | null;
  sourceTitle: string | null;
  site: string | null;
  authors: string[];
  publishedAt: string | null;
  url: string | null;
}

export interface SourceDetails {
  source: Source;
  /** What the importer cut, and the structure of the text; null for sources imported before it was kept. */
  extraction: Extraction | null;
  similar: Array<{ sourceId: string; title: string; site: string | null; score: number }>;
}

export interface SourceComparison {
  left: SourceSummary;
  right: SourceSummary;
  score: number;
  rows: SideBySideRow[];
}
