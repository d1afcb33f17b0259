import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../shared/errors';
import {
  digestInput,
  MANIFEST_PATH,
  parseManifest,
  serializeManifest,
  type ManifestProblem,
  type PacketManifest,
} from '../../shared/packet/manifest';
import { SIGNATURE_PATH, type SignatureCheck } from '../../shared/packet/packetSignature';
import { sha256Hex } from '../store/blobStore';
import { rejectPacket } from './packetRejected';
import { checkSignature } from './signingKeys';
import { DEFAULT_ZIP_LIMITS, PacketEntries, unzipPacket, type ZipLimits } from './unzipPacket';
import { pathSource } from './zipDirectory';

export interface VerifyResult {
  /** True only when every listed file is present and unaltered and nothing else is in the packet. */
  ok: boolean;
  altered: string[];
  missing: string[];
  extra: string[];
  /** Why the packet could not be checked at all (not a zip, no readable manifest), in plain words. */
  error?: string;
  manifest?: PacketManifest;
  /** Who signed the manifest, if anyone; a broken signature makes the packet not intact. */
  signature?: SignatureCheck;
}

export interface CheckedEntries extends VerifyResult {
  problem?: ManifestProblem | { kind: 'no-manifest'; message: string };
}

/** Packet files up to this size are read into memory at once; larger ones are read entry by entry. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;

/**
 * Opens a packet file, refusing one larger than the total unpack limit before reading it. Entries
 * are inflated only when asked for (see PacketEntries); a large file is never read whole.
 */
export async function openPacket(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<PacketEntries> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError('NOT_FOUND', `There is no packet at ${path}.`);
  }
  if (size > limits.maxTotalBytes)
    rejectPacket('zip-bomb', 'The packet was refused: the file is larger than the import limit.');
  return unzipPacket(size <= IN_MEMORY_BYTES ? await readFile(path) : pathSource(path, size), limits);
}

/** Every entry of a packet file unpacked into memory: for tests and tools, not for imports. */
export async function readPacketEntries(
  path: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Uint8Array>> {
  return new Map(await openPacket(path, limits));
}

/** An entry's hash; a packet's entries are hashed as they inflate, never held whole. */
const hashOf = (entries: ReadonlyMap<string, Uint8Array>, path: string): string | undefined =>
  entries instanceof PacketEntries ? entries.sha256(path) : sha256Hex(entries.get(path) as Uint8Array);
// A PacketEntries entry was just inflated to exactly its declared size, or refused.
const sizeOf = (entries: ReadonlyMap<string, Uint8Array>, path: string): number | undefined =>
  entries instanceof PacketEntries ? entries.declaredSize(path) : entries.get(path)?.length;

/** Checks unpacked entries against the manifest (read first: without one nothing else is inflated): its own integrity, the packet digest, then every file. */
export function checkEntries(
  entries: ReadonlyMap<string, Uint8Array>,
  /** Stop hashing once this many files are found altered (an import only names the first few). */
  enough = Infinity,
): CheckedEntries {
  const result: CheckedEntries = { ok: false, altered: [], missing: [], extra: [] };
  const raw = entries.get(MANIFEST_PATH);
  if (!raw) {
    return {
      ...result,
      missing: [MANIFEST_PATH],
      error: 'The packet has no manifest.json.',
      problem: { kind: 'no-manifest', message: 'The packet has no manifest.json.' },
    };
  }
  const text = new TextDecoder().decode(raw);
  const parsed = parseManifest(text);
  if (!parsed.ok) {
    const altered =
      parsed.problem.kind === 'not-json' || parsed.problem.kind === 'invalid' ? [MANIFEST_PATH] : [];
    return { ...result, altered, error: parsed.problem.message, problem: parsed.problem };
  }
  const manifest = parsed.manifest;
  const { selfSha256: _self, ...unsigned } = manifest;
  const paths = manifest.files.map((f) => f.path);
  const selfIntact =
    serializeManifest(manifest) === text &&
    sha256Hex(serializeManifest(unsigned)) === manifest.selfSha256 &&
    sha256Hex(digestInput(manifest.files)) === manifest.digest &&
    new Set(paths).size === paths.length &&
    !paths.includes(MANIFEST_PATH) &&
    !paths.includes(SIGNATURE_PATH);
  if (!selfIntact) result.altered.push(MANIFEST_PATH);
  for (const file of manifest.files) {
    if (result.altered.length >= enough) break;
    if (!entries.has(file.path)) result.missing.push(file.path);
    else if (hashOf(entries, file.path) !== file.sha256 || sizeOf(entries, file.path) !== file.size)
      result.altered.push(file.path);
  }
  const listed = new Set(paths);
  for (const path of entries.keys())
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path)) result.extra.push(path);
  result.signature = checkSignature(entries.get(SIGNATURE_PATH), raw, manifest.notebookName);
  if (result.signature.state === 'broken') result.altered.push(SIGNATURE_PATH);
  result.ok = result.altered.length === 0 && result.missing.length === 0 && result.extra.length === 0;
  result.manifest = manifest;
  return result;
}

/** Verifies a packet file: every hash, plus altered, missing and extra files. Never throws for a bad packet. */
export async function verifyPacket(path: string): Promise<VerifyResult> {
  try {
    const { problem: _problem, ...result } = checkEntries(await openPacket(path));
    return result;
  } catch (error) {
    // A bomb or damaged entry is found while hashing, not only while opening.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, altered: [], missing: [], extra: [], error: message };
  }
}
