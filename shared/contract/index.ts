export * from './callNames';
export * from './contract';
export * from './results';
export * from './boardResults';
export * from './dispatch';
export type { CitableHit } from './noteCalls';
export * from './limits';
export type {
  PacketCheck,
  PacketExportSummary,
  PacketImportSummary,
  PacketJob,
  SigningKeyInfo,
} from './packetCalls';
export type { QuoteReport } from '../quotes/quoteReport';
export * from './outcome';
export type { RecordChanges, SyncStatus } from './syncCalls';
