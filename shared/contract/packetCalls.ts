import { z } from 'zod';
import { idSchema } from '../model';
import type { LeftOut } from '../packet/manifest';
import type { KindCounts, MergeConflict } from '../packet/mergeKind';
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
  /** Records that were already there under the same id but older; the packet's newer copy replaced them. */
  updated: KindCounts;
  /** Records whose content the notebook already had under another id (e.g. the same article text). */
  linked: KindCounts;
  conflicts: MergeConflict[];
  /** True when the notebook already had everything in the packet. */
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
    'Start merging a packet into this notebook; poll getPacketJob',
    packetFile,
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
  verifyPacketFile: call<PacketCheck>()('Check every file of a packet against its manifest', packetFile, {
    readOnly: true,
  }),
};
