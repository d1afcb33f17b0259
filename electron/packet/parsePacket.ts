import { sourceSchema, type Source } from '../../shared/model';
import { sanitizeNoteDoc } from '../../shared/notes/sanitizeNoteDoc';
import type { PacketManifest } from '../../shared/packet/manifest';
import { isKnownPacketPath, RECORDS_PATH } from '../../shared/packet/packetPaths';
import { recordsFileSchema } from '../../shared/packet/recordsFile';
import type { NotebookContent } from '../../shared/packet/selectContent';
import { sha256Hex } from '../store/blobStore';
import { rejectPacket, type RejectReason } from './packetRejected';
import { checkEntries } from './verifyPacket';

/** A packet checked end to end and ready to merge; its blobs are keyed by SHA-256. */
export interface ParsedPacket {
  manifest: PacketManifest;
  content: NotebookContent;
  /** Clean texts, originals and extraction records by their SHA-256. */
  blobs: Map<string, Uint8Array>;
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
  return rejectPacket('invalid-data', `The packet was refused: ${path} is not in the expected form${where}: ${issue?.message ?? 'unknown problem'}.`);
}

function unique(kind: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) rejectPacket('invalid-data', `The packet was refused: it lists the ${kind} ${id} twice.`);
    seen.add(id);
  }
}

function sourceFiles(entries: ReadonlyMap<string, Uint8Array>, blobs: Map<string, Uint8Array>): Source[] {
  const dirs = new Set<string>();
  for (const path of entries.keys()) {
    const m = /^sources\/([^/]+)\//.exec(path);
    if (m?.[1]) dirs.add(m[1]);
  }
  return [...dirs].map((id) => {
    const path = `sources/${id}/source.json`;
    const parsed = sourceSchema.safeParse(readJson(entries, path));
    if (!parsed.success) invalid(path, parsed.error.issues[0]);
    const source = parsed.data;
    if (source.id !== id) rejectPacket('invalid-data', `The packet was refused: ${path} describes a different source (${source.id}).`);
    const text = entries.get(`sources/${id}/text.txt`);
    if (!text || sha256Hex(text) !== source.textSha256) {
      rejectPacket('invalid-data', `The packet was refused: the text of source ${id} is missing or does not match its hash.`);
    }
    try {
      utf8.decode(text);
    } catch {
      rejectPacket('invalid-data', `The packet was refused: the text of source ${id} is not UTF-8.`);
    }
    const originals = [...entries.keys()].filter((p) => p.startsWith(`sources/${id}/original.`));
    const original = originals.length === 1 ? entries.get(originals[0] as string) : undefined;
    if (!original || sha256Hex(original) !== source.original.sha256 || original.length !== source.original.size) {
      rejectPacket('invalid-data', `The packet was refused: the original file of source ${id} is missing or does not match its hash.`);
    }
    blobs.set(source.textSha256, text);
    blobs.set(source.original.sha256, original);
    const extraction = entries.get(`sources/${id}/extraction.json`);
    if (source.extractionSha256 && extraction && sha256Hex(extraction) === source.extractionSha256) blobs.set(source.extractionSha256, extraction);
    else source.extractionSha256 = null;
    return source;
  });
}

/**
 * Checks a whole unpacked packet before anything touches a notebook: manifest and hashes (nothing
 * altered, missing or extra), only known paths, every JSON file parsed and schema-checked, texts and
 * originals matching their recorded hashes, and every highlight on a source the packet carries.
 */
export function parsePacket(entries: ReadonlyMap<string, Uint8Array>): ParsedPacket {
  const check = checkEntries(entries);
  if (check.problem) {
    const reasons: Record<string, RejectReason> = {
      'no-manifest': 'bad-manifest',
      'not-json': 'malformed-json',
      'wrong-type': 'wrong-type',
      'unknown-version': 'unknown-version',
      invalid: 'bad-manifest',
    };
    rejectPacket(reasons[check.problem.kind] ?? 'bad-manifest', `The packet was refused: ${check.problem.message}`);
  }
  if (!check.ok || !check.manifest) {
    const parts = [
      check.altered.length ? `altered: ${check.altered.slice(0, 5).join(', ')}` : '',
      check.missing.length ? `missing: ${check.missing.slice(0, 5).join(', ')}` : '',
      check.extra.length ? `not listed in the manifest: ${check.extra.slice(0, 5).join(', ')}` : '',
    ].filter(Boolean);
    rejectPacket('integrity', `The packet was refused because it has been altered or damaged (${parts.join('; ')}).`);
  }
  const unknown = [...entries.keys()].find((p) => !isKnownPacketPath(p));
  if (unknown) rejectPacket('unexpected-file', `The packet was refused: it holds a file this app does not know (${unknown}).`);

  const blobs = new Map<string, Uint8Array>();
  const sources = sourceFiles(entries, blobs);
  const records = recordsFileSchema.safeParse(readJson(entries, RECORDS_PATH));
  if (!records.success) invalid(RECORDS_PATH, records.error.issues[0]);
  const { entities, claims, highlights } = records.data;
  const notes = records.data.notes.map((n) => ({ meta: n.meta, doc: sanitizeNoteDoc(n.doc) }));
  unique('source', sources.map((s) => s.id));
  unique('entity', entities.map((e) => e.id));
  unique('claim', claims.map((c) => c.id));
  unique('highlight', highlights.map((h) => h.id));
  unique('note', notes.map((n) => n.meta.id));
  const lengths = new Map(sources.map((s) => [s.id, utf8.decode(blobs.get(s.textSha256)).length]));
  for (const h of highlights) {
    const length = lengths.get(h.sourceId);
    if (length === undefined) rejectPacket('invalid-data', `The packet was refused: highlight ${h.id} belongs to a source it does not carry.`);
    if (h.position.end > length) rejectPacket('invalid-data', `The packet was refused: highlight ${h.id} lies outside its source’s text.`);
  }
  return { manifest: check.manifest, content: { sources, entities, claims, highlights, notes }, blobs };
}
