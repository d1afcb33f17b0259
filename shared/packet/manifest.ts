import { z } from 'zod';
import { idSchema, sha256Schema, timestampSchema } from '../model/common';

export const PACKET_TYPE = 'research-notebook-packet';
export const PACKET_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';

const count = z.number().int().nonnegative();

export const manifestFileSchema = z.strictObject({
  path: z.string().min(1).max(512),
  size: count,
  sha256: sha256Schema,
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const packetSelectionSchema = z.strictObject({
  /** "notebook" for everything, "selection" for chosen notes and/or a tag. */
  scope: z.enum(['notebook', 'selection']),
  noteIds: z.array(idSchema),
  tag: z.string().nullable(),
  includeConfidential: z.boolean(),
});
export type PacketSelection = z.infer<typeof packetSelectionSchema>;

export const leftOutSchema = z.strictObject({
  sources: count,
  highlights: count,
  entities: count,
  citations: count,
});
export type LeftOut = z.infer<typeof leftOutSchema>;

/** How the quote check found the quotations of the packet's notes when it was made. */
export const quoteCountsSchema = z.strictObject({
  checked: count,
  exact: count,
  differs: count,
  notFound: count,
  uncited: count,
});
export type QuoteCounts = z.infer<typeof quoteCountsSchema>;

export const packetManifestSchema = z.strictObject({
  type: z.literal(PACKET_TYPE),
  version: z.literal(PACKET_VERSION),
  createdAt: timestampSchema,
  appVersion: z.string().min(1).max(100),
  notebookId: idSchema,
  notebookName: z.string().max(1000),
  selection: packetSelectionSchema,
  leftOut: leftOutSchema,
  /** Present in packets made since the quote check; older packets have none. */
  quotes: quoteCountsSchema.optional(),
  files: z.array(manifestFileSchema),
  /** SHA-256 over the sorted "path\tsha256\n" lines of `files`. */
  digest: sha256Schema,
  /** SHA-256 of this manifest serialised without this field, so its own bytes are covered too. */
  selfSha256: sha256Schema,
});
export type PacketManifest = z.infer<typeof packetManifestSchema>;
export type UnsignedManifest = Omit<PacketManifest, 'selfSha256'>;

/** The text the packet digest is taken over: one "path\tsha256\n" line per file, sorted by path. */
export function digestInput(files: readonly ManifestFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.path}\t${f.sha256}\n`)
    .join('');
}

/**
 * The one serialisation of a manifest (fixed key order, two-space indent, final newline). A verifier
 * re-serialises what it parsed and compares bytes, so no edit to the file can go unnoticed.
 */
export function serializeManifest(m: UnsignedManifest | PacketManifest): string {
  const ordered = {
    type: m.type,
    version: m.version,
    createdAt: m.createdAt,
    appVersion: m.appVersion,
    notebookId: m.notebookId,
    notebookName: m.notebookName,
    selection: {
      scope: m.selection.scope,
      noteIds: m.selection.noteIds,
      tag: m.selection.tag,
      includeConfidential: m.selection.includeConfidential,
    },
    leftOut: {
      sources: m.leftOut.sources,
      highlights: m.leftOut.highlights,
      entities: m.leftOut.entities,
      citations: m.leftOut.citations,
    },
    ...(m.quotes
      ? {
          quotes: {
            checked: m.quotes.checked,
            exact: m.quotes.exact,
            differs: m.quotes.differs,
            notFound: m.quotes.notFound,
            uncited: m.quotes.uncited,
          },
        }
      : {}),
    files: [...m.files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
    digest: m.digest,
    ...('selfSha256' in m ? { selfSha256: m.selfSha256 } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ManifestProblem =
  | { kind: 'not-json'; message: string }
  | { kind: 'wrong-type'; message: string }
  | { kind: 'unknown-version'; message: string }
  | { kind: 'invalid'; message: string };

/**
 * Reads manifest text in the order a reporter needs to hear about problems: not JSON, not a packet,
 * a version this app does not read, then any other shape error.
 */
export function parseManifest(
  text: string,
): { ok: true; manifest: PacketManifest } | { ok: false; problem: ManifestProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { kind: 'not-json', message: `manifest.json is not valid JSON (${detail}).` },
    };
  }
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (head.type !== PACKET_TYPE) {
    return {
      ok: false,
      problem: {
        kind: 'wrong-type',
        message: 'This file is not a Research Notebook packet (its manifest has the wrong type).',
      },
    };
  }
  if (head.version !== PACKET_VERSION) {
    const v =
      typeof head.version === 'number' || typeof head.version === 'string' ? String(head.version) : 'unknown';
    return {
      ok: false,
      problem: {
        kind: 'unknown-version',
        message: `This packet is in format version ${v}; this app reads version ${PACKET_VERSION}. Update the app to open it.`,
      },
    };
  }
  const parsed = packetManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        message: `manifest.json is malformed${where}: ${issue?.message ?? 'unknown problem'}.`,
      },
    };
  }
  return { ok: true, manifest: parsed.data };
}
