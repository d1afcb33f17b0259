import type { NotebookStore } from '../store/notebookStore';

/** What handlers need: the notebook open right now (it can change when another is opened). */
export interface HandlerContext {
  store(): NotebookStore;
  now(): string;
  /** Work that changes the notebook after its call has returned (a packet import job) reports it here. */
  changed(): void;
  /** Where this notebook's signing key lives (the user-data folder), or null: packets go unsigned. */
  signingKeyDir?: () => string | null;
}
