export * from './callNames';
export * from './contract';
export * from './results';
export * from './dispatch';
export type { CitableHit } from './noteCalls';
export * from './limits';
export type { PacketCheck, PacketExportSummary, PacketImportSummary, PacketJob } from './packetCalls';
export * from './outcome';
