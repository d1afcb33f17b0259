import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import pkg from '../../package.json';
import { newId } from '../../shared/ids';
import {
  digestInput,
  MANIFEST_PATH,
  PACKET_TYPE,
  PACKET_VERSION,
  serializeManifest,
  type LeftOut,
  type UnsignedManifest,
} from '../../shared/packet/manifest';
import { noteToMarkdown } from '../../shared/packet/noteMarkdown';
import {
  bibliographyFiles,
  claimsCsv,
  entitiesCsv,
  highlightsCsv,
  indexContent,
} from '../../shared/packet/packetTables';
import { packetOriginalExtension, RECORDS_PATH } from '../../shared/packet/packetPaths';
import { SIGNATURE_PATH } from '../../shared/packet/packetSignature';
import { recordsFile } from '../../shared/packet/recordsFile';
import { annotationCollection, toWebAnnotation } from '../../shared/packet/webAnnotation';
import { quoteCheckMarkdown } from '../../shared/quotes';
import { sha256Hex } from '../store/blobStore';
import type { PacketStoreView } from '../store/storeViews';
import { gatherContent } from './gatherContent';
import { renderReader } from './html/renderReader';
import { noteToDocx } from './noteDocx';
import { checkPacketNotes } from './noteQuotes';
import { PacketWriter } from './packetWriter';
import { signManifest, signingKeyFor, type SigningKey } from './signingKeys';
import { weighPacket } from './packetWeighing';
import { questionsCsv, reliabilityCsv, timelineCsv } from './weighingTables';

export interface PacketProgress {
  phase: 'reading' | 'sources' | 'notes' | 'tables' | 'reader' | 'done';
  done: number;
  total: number;
}

export interface ExportPacketOptions {
  out: string;
  noteIds?: string[];
  tag?: string;
  includeConfidential?: boolean;
  onProgress?: (progress: PacketProgress) => void;
  /**
   * Folder of signing keys (in the user-data folder, never the notebook): the manifest is signed
   * with this notebook's key, created on first use. Without it the packet is unsigned.
   */
  signingKeyDir?: string | null;
  /** The key itself, read by the host (the export worker signs with it; the host owns the key folder). */
  signingKey?: SigningKey | null;
}

export interface ExportPacketResult {
  path: string;
  /** Files in the packet, the manifest included. */
  files: number;
  bytes: number;
  digest: string;
  /** How much confidential material was left out (none when it was included). */
  leftOut: LeftOut;
  counts: { sources: number; highlights: number; entities: number; claims: number; notes: number };
  /** Fingerprint of the key that signed the manifest, or null for an unsigned packet. */
  signedBy: string | null;
}

/** A notebook store (or a snapshot of one), or anything holding one (the session). */
export type PacketTarget = PacketStoreView | { readonly notebook: PacketStoreView };

export const storeOf = (target: PacketTarget): PacketStoreView =>
  'notebook' in target ? target.notebook : target;

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes a research packet: the whole notebook, or chosen notes and what they cite, or sources by tag.
 * The zip is written beside the target under a temporary name and renamed into place only when
 * complete, so a failed export never leaves a half packet at `out`.
 */
// Long because the export's steps run in order around one writer and one temporary file's cleanup.
export async function exportPacket(
  target: PacketTarget,
  options: ExportPacketOptions,
): Promise<ExportPacketResult> {
  const store = storeOf(target);
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: 'reading', done: 0, total: 1 });
  const { content, notes, texts, orphaned } = await gatherContent(store, options);
  const created = new Date();
  const createdAt = created.toISOString();
  const out = resolve(options.out);
  const temp = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.part`);
  const handle = await open(temp, 'wx');
  try {
    const writer = new PacketWriter(handle, created);
    const originalExt = new Map<string, string>();
    let done = 0;
    for (const s of content.sources) {
      const ext = packetOriginalExtension(s.original.fileName, s.original.mediaType);
      originalExt.set(s.id, ext);
      await writer.add(`sources/${s.id}/source.json`, json(s));
      await writer.add(`sources/${s.id}/text.txt`, texts.get(s.id) ?? '');
      await writer.add(`sources/${s.id}/original.${ext}`, await store.originals.get(s.original.sha256));
      if (s.extractionSha256)
        await writer.add(`sources/${s.id}/extraction.json`, await store.texts.get(s.extractionSha256));
      progress({ phase: 'sources', done: ++done, total: content.sources.length });
    }
    done = 0;
    const quotes = await checkPacketNotes(store, notes);
    for (const n of notes) {
      const problems = quoteCheckMarkdown(quotes.byNote.get(n.meta.id)?.findings ?? []);
      await writer.add(`notes/${n.slug}.md`, noteToMarkdown(n.meta.title, n.doc, n.cite) + problems);
      await writer.add(`notes/${n.slug}.docx`, await noteToDocx(n.meta.title, n.doc, n.cite));
      progress({ phase: 'notes', done: ++done, total: notes.length });
    }
    progress({ phase: 'tables', done: 0, total: 1 });
    const name = store.data.notebook.name;
    const urlOf = new Map(content.sources.map((s) => [s.id, s.url]));
    const annotations = content.highlights.map((h) =>
      toWebAnnotation(h, texts.get(h.sourceId) ?? '', {
        url: urlOf.get(h.sourceId) ?? null,
        orphaned: orphaned.has(h.id),
      }),
    );
    await writer.add(
      'annotations.jsonld',
      json(
        annotationCollection({ collection: newId(), page: newId() }, `Highlights from ${name}`, annotations),
      ),
    );
    const bib = bibliographyFiles(content.sources);
    await writer.add('bibliography.json', bib.json);
    await writer.add('bibliography.bib', bib.bib);
    await writer.add('bibliography.ris', bib.ris);
    const index = indexContent(content);
    await writer.add('claims.csv', claimsCsv(content, index));
    await writer.add('entities.csv', entitiesCsv(content));
    await writer.add('highlights.csv', highlightsCsv(content, index, orphaned));
    const weighing = weighPacket(content);
    await writer.add('questions.csv', questionsCsv(weighing));
    await writer.add('reliability.csv', reliabilityCsv(weighing));
    await writer.add('timeline.csv', timelineCsv(weighing));
    await writer.add(RECORDS_PATH, JSON.stringify(recordsFile(store.data.notebook.id, content)));
    progress({ phase: 'reader', done: 0, total: 1 });
    const reader = renderReader({
      title: name,
      createdAt,
      appVersion: pkg.version,
      leftOut: content.leftOut,
      content,
      notes,
      texts,
      originalExt,
      orphaned,
      quotes: quotes.byNote,
      weighing,
    });
    await writer.add('index.html', reader);

    const unsigned: UnsignedManifest = {
      type: PACKET_TYPE,
      version: PACKET_VERSION,
      createdAt,
      appVersion: pkg.version,
      notebookId: store.data.notebook.id,
      notebookName: name,
      selection: {
        scope: options.noteIds?.length || options.tag ? 'selection' : 'notebook',
        noteIds: options.noteIds ?? [],
        tag: options.tag ?? null,
        includeConfidential: options.includeConfidential === true,
      },
      leftOut: content.leftOut,
      quotes: quotes.counts,
      files: writer.files,
      digest: sha256Hex(digestInput(writer.files)),
    };
    const manifest = new TextEncoder().encode(
      serializeManifest({ ...unsigned, selfSha256: sha256Hex(serializeManifest(unsigned)) }),
    );
    await writer.add(MANIFEST_PATH, manifest, true);
    let signedBy: string | null = null;
    const key =
      options.signingKey ??
      (options.signingKeyDir
        ? await signingKeyFor(options.signingKeyDir, unsigned.notebookId, name, createdAt)
        : null);
    if (key) {
      await writer.add(SIGNATURE_PATH, json(signManifest(key, manifest)), true);
      signedBy = key.fingerprint;
    }
    await writer.finish();
    await handle.sync();
    await handle.close();
    await rename(temp, out);
    progress({ phase: 'done', done: 1, total: 1 });
    return {
      path: out,
      files: writer.files.length + 1,
      bytes: writer.bytesWritten,
      digest: unsigned.digest,
      leftOut: content.leftOut,
      signedBy,
      counts: {
        sources: content.sources.length,
        highlights: content.highlights.length,
        entities: content.entities.length,
        claims: content.claims.length,
        notes: notes.length,
      },
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}
