import { sourceSchema, type Source } from '../../shared/model';
import { sanitizeNoteDoc } from '../../shared/notes/sanitizeNoteDoc';
import type { PacketManifest } from '../../shared/packet/manifest';
import { isKnownPacketPath, RECORDS_PATH } from '../../shared/packet/packetPaths';
import { parseRecordsFile } from '../../shared/packet/recordsFile';
import { checkWeighing } from './checkWeighing';
import type { NotebookContent } from '../../shared/packet/selectContent';
import { rejectPacket, unique, type RejectReason } from './packetRejected';
import { checkEntries } from './verifyPacket';

/** A packet checked end to end and ready to merge; its blobs are keyed by SHA-256. */
export interface ParsedPacket {
  manifest: PacketManifest;
  content: NotebookContent;
  /** Clean texts, originals and extraction records by their SHA-256, read from the packet when asked for. */
  blobs: BlobsByHash;
}

/**
 * Files of a checked packet by hash, each inflated only when the import writes it: holding every
 * original of a large packet at once would cost as much memory as the packet expands to.
 */
export class BlobsByHash {
  private readonly paths = new Map<string, string>();
  constructor(private readonly entries: ReadonlyMap<string, Uint8Array>) {}
  set(sha256: string, path: string): void {
    this.paths.set(sha256, path);
  }
  get(sha256: string): Uint8Array | undefined {
    const path = this.paths.get(sha256);
    return path === undefined ? undefined : this.entries.get(path);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readJson(entries: ReadonlyMap<string, Uint8Array>, path: string): unknown {
  const bytes = entries.get(path);
  if (!bytes) return rejectPacket('invalid-data', `The packet is incomplete: ${path} is missing.`);
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return rejectPacket('malformed-json', `The packet was refused: ${path} is not valid JSON (${detail}).`);
  }
}

function invalid(path: string, issue: { path: PropertyKey[]; message: string } | undefined): never {
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return rejectPacket(
    'invalid-data',
    `The packet was refused: ${path} is not in the expected form${where}: ${issue?.message ?? 'unknown problem'}.`,
  );
}

/** Source records with their text, original and extraction checked against the hashes they claim. */
function sourceFiles(
  entries: ReadonlyMap<string, Uint8Array>,
  listed: ReadonlyMap<string, { sha256: string; size: number }>,
  blobs: BlobsByHash,
): Source[] {
  // Every file's hash was already checked against the manifest; reuse those instead of hashing again.
  const originals = new Map<string, string[]>();
  for (const path of entries.keys()) {
    const m = /^sources\/([^/]+)\/(.+)$/.exec(path);
    if (!m?.[1]) continue;
    if (!originals.has(m[1])) originals.set(m[1], []);
    if (m[2]?.startsWith('original.')) originals.get(m[1])?.push(path);
  }
  return [...originals].map(([id, originalPaths]) => {
    const path = `sources/${id}/source.json`;
    const parsed = sourceSchema.safeParse(readJson(entries, path));
    if (!parsed.success) invalid(path, parsed.error.issues[0]);
    const source = parsed.data;
    if (source.id !== id)
      rejectPacket(
        'invalid-data',
        `The packet was refused: ${path} describes a different source (${source.id}).`,
      );
    const textPath = `sources/${id}/text.txt`;
    if (!entries.has(textPath) || listed.get(textPath)?.sha256 !== source.textSha256) {
      rejectPacket(
        'invalid-data',
        `The packet was refused: the text of source ${id} is missing or does not match its hash.`,
      );
    }
    const originalPath = originalPaths.length === 1 ? (originalPaths[0] as string) : '';
    // Hashes and sizes were checked against the manifest while the files inflated; nothing is held here.
    const original = listed.get(originalPath);
    if (
      !entries.has(originalPath) ||
      original?.sha256 !== source.original.sha256 ||
      original.size !== source.original.size
    ) {
      rejectPacket(
        'invalid-data',
        `The packet was refused: the original file of source ${id} is missing or does not match its hash.`,
      );
    }
    blobs.set(source.textSha256, textPath);
    blobs.set(source.original.sha256, originalPath);
    const extractionPath = `sources/${id}/extraction.json`;
    if (
      source.extractionSha256 &&
      entries.has(extractionPath) &&
      listed.get(extractionPath)?.sha256 === source.extractionSha256
    ) {
      blobs.set(source.extractionSha256, extractionPath);
    } else source.extractionSha256 = null;
    return source;
  });
}

/**
 * Checks a whole unpacked packet before anything touches a notebook: manifest and hashes (nothing
 * altered, missing or extra), only known paths, every JSON file parsed and schema-checked, texts and
 * originals matching their recorded hashes, and every highlight on a source the packet carries.
 */
// Long because it is one ordered list of short checks, all before anything touches a notebook.
export function parsePacket(entries: ReadonlyMap<string, Uint8Array>): ParsedPacket {
  // The refusal names at most five altered files: hashing a huge forged packet further is wasted time.
  const check = checkEntries(entries, 5);
  if (check.problem) {
    const reasons: Record<string, RejectReason> = {
      'no-manifest': 'bad-manifest',
      'not-json': 'malformed-json',
      'wrong-type': 'wrong-type',
      'unknown-version': 'unknown-version',
      invalid: 'bad-manifest',
    };
    rejectPacket(
      reasons[check.problem.kind] ?? 'bad-manifest',
      `The packet was refused: ${check.problem.message}`,
    );
  }
  if (!check.ok || !check.manifest) {
    const parts = [
      check.altered.length ? `altered: ${check.altered.slice(0, 5).join(', ')}` : '',
      check.missing.length ? `missing: ${check.missing.slice(0, 5).join(', ')}` : '',
      check.extra.length ? `not listed in the manifest: ${check.extra.slice(0, 5).join(', ')}` : '',
    ].filter(Boolean);
    rejectPacket(
      'integrity',
      `The packet was refused because it has been altered or damaged (${parts.join('; ')}).`,
    );
  }
  const unknown = [...entries.keys()].find((p) => !isKnownPacketPath(p));
  if (unknown)
    rejectPacket(
      'unexpected-file',
      `The packet was refused: it holds a file this app does not know (${unknown}).`,
    );

  const blobs = new BlobsByHash(entries);
  const listed = new Map(check.manifest.files.map((f) => [f.path, f]));
  const sources = sourceFiles(entries, listed, blobs);
  const records = parseRecordsFile(readJson(entries, RECORDS_PATH));
  if (!records.success) invalid(RECORDS_PATH, records.error.issues[0]);
  const { entities, claims, highlights, questions, ratings } = records.data;
  const notes = records.data.notes.map((n) => ({ meta: n.meta, doc: sanitizeNoteDoc(n.doc) }));
  unique(
    'source',
    sources.map((s) => s.id),
  );
  unique(
    'entity',
    entities.map((e) => e.id),
  );
  unique(
    'claim',
    claims.map((c) => c.id),
  );
  unique(
    'highlight',
    highlights.map((h) => h.id),
  );
  unique(
    'note',
    notes.map((n) => n.meta.id),
  );
  const lengths = new Map<string, number>();
  for (const s of sources) {
    try {
      lengths.set(s.id, utf8.decode(blobs.get(s.textSha256)).length);
    } catch {
      rejectPacket('invalid-data', `The packet was refused: the text of source ${s.id} is not UTF-8.`);
    }
  }
  for (const h of highlights) {
    const length = lengths.get(h.sourceId);
    if (length === undefined)
      rejectPacket(
        'invalid-data',
        `The packet was refused: highlight ${h.id} belongs to a source it does not carry.`,
      );
    if (h.position.end > length)
      rejectPacket(
        'invalid-data',
        `The packet was refused: highlight ${h.id} lies outside its source’s text.`,
      );
  }
  checkWeighing({ questions, ratings }, claims, sources);
  return {
    manifest: check.manifest,
    content: { sources, entities, claims, highlights, notes, questions, ratings },
    blobs,
  };
}
