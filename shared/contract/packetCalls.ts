import { z } from 'zod';
import { idSchema } from '../model';
import type { LeftOut } from '../packet/manifest';
import type { KindCounts, MergeConflict, RecordChange } from '../packet/mergeKind';
import type { SignatureCheck } from '../packet/packetSignature';
import { call } from './callDef';
import { MAX_IMPORT_BYTES } from './limits';

const packetFile = z
  .object({
    fileName: z.string().min(1).max(1024),
    dataBase64: z
      .string()
      .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 * 4, 'the packet is larger than 200 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  })
  .strict();

export interface PacketExportSummary {
  fileName: string;
  files: number;
  bytes: number;
  digest: string;
  leftOut: LeftOut;
  counts: { sources: number; highlights: number; entities: number; claims: number; notes: number };
}

export interface PacketImportSummary {
  added: KindCounts;
  /** Records already here under the same id that the packet's newer copy filled in (never lowered or overwritten). */
  updated: KindCounts;
  /** Records whose content the notebook already had under another id (e.g. the same article text). */
  linked: KindCounts;
  conflicts: MergeConflict[];
  changes: RecordChange[];
  /** What happens to records already here, in words; shown before a confirmed import. */
  summary: string[];
  /** A preview: the packet was checked and planned, nothing was written. */
  dryRun: boolean;
  unchanged: boolean;
  /** What the exporter left out of the packet as confidential. */
  leftOutAtExport: LeftOut;
}

/** A long export or import, polled by the page for its progress bar. */
export interface PacketJob {
  id: string;
  kind: 'export' | 'import';
  state: 'running' | 'done' | 'failed';
  phase: string;
  done: number;
  total: number;
  exported?: PacketExportSummary;
  imported?: PacketImportSummary;
  error?: string;
}

export interface PacketCheck {
  ok: boolean;
  altered: string[];
  missing: string[];
  extra: string[];
  error?: string;
  /** Who signed the manifest: signed (fingerprint, notebook name), unsigned, or broken. */
  signature?: SignatureCheck;
  /** The packet digest, and lines saying what intact and signed do and do not prove. */
  digest?: string;
  explanation?: string[];
}

/** This notebook's signing key, as an editor compares it. */
export interface SigningKeyInfo {
  fingerprint: string;
  name: string;
  /** SubjectPublicKeyInfo, base64 DER. */
  publicKey: string;
}

export const packetCalls = {
  startPacketExport: call<PacketJob>()(
    'Start writing a research packet (whole notebook, chosen notes, or a tag); poll getPacketJob',
    z
      .object({
        noteIds: z.array(idSchema).max(1000).optional(),
        tag: z.string().trim().min(1).max(100).optional(),
        includeConfidential: z.boolean().default(false),
      })
      .strict(),
    { readOnly: true },
  ),
  startPacketImport: call<PacketJob>()(
    'Start merging a packet into this notebook (or, with dryRun, previewing the merge); poll getPacketJob',
    packetFile.extend({ dryRun: z.boolean().optional() }),
  ),
  getPacketJob: call<PacketJob>()(
    'Progress and outcome of a packet export or import',
    z.object({ id: idSchema }).strict(),
    { readOnly: true },
  ),
  readPacketExport: call<{ fileName: string; dataBase64: string }>()(
    'The bytes of a finished export, to save',
    z.object({ id: idSchema }).strict(),
    { readOnly: true },
  ),
  verifyPacketFile: call<PacketCheck>()(
    'Check every file of a packet against its manifest, and who signed it',
    packetFile,
    { readOnly: true },
  ),
  getSigningKey: call<{ key: SigningKeyInfo | null }>()(
    'This notebook’s signing key fingerprint (null until the first export makes it)',
    z.object({}).strict(),
    { readOnly: true },
  ),
};
