import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeText } from '../../electron/import/decodeText';

/** One page with its hand-marked article text and what a reporter should see about it. */
export interface PageCase {
  name: string;
  html: string;
  expected: string;
  lang: string;
  url?: string;
  published?: string | null;
  outlet?: string | null;
}

/** One page of trafilatura's benchmark: snippets the extraction must and must not contain. */
export interface SnippetCase {
  name: string;
  html: string;
  with: string[];
  without: string[];
}

interface CaseMeta {
  lang?: string;
  language?: string;
  published?: string | null;
  outlet?: string | null;
  url?: string;
}

const readHtml = (path: string) => decodeText(new Uint8Array(readFileSync(path)), basename(path)).text;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function expectedPath(dir: string, stem: string): string | null {
  for (const name of [`${stem}.expected.txt`, `${stem}.txt`])
    if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/**
 * A folder of pages: `name.html` beside `name.expected.txt` (or `name.txt`) and optional
 * `name.meta.json` ({ lang, published, outlet, url }); or a `manifest.json` listing
 * `{ html, expected, lang?, published?, outlet?, url? }` with paths relative to the folder.
 */
export function loadFolder(dir: string): PageCase[] {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const rows = readJson<Array<CaseMeta & { html: string; expected: string; name?: string }>>(manifest);
    return rows.map((row) => ({
      name: row.name ?? row.html,
      html: readHtml(join(dir, row.html)),
      expected: readFileSync(join(dir, row.expected), 'utf8'),
      lang: row.lang ?? row.language ?? '?',
      url: row.url,
      published: row.published ?? null,
      outlet: row.outlet ?? null,
    }));
  }
  const cases: PageCase[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.html')) continue;
    const stem = file.slice(0, -'.html'.length);
    const expected = expectedPath(dir, stem);
    if (!expected) continue;
    const metaPath = join(dir, `${stem}.meta.json`);
    const meta = existsSync(metaPath) ? readJson<CaseMeta>(metaPath) : {};
    cases.push({
      name: stem,
      html: readHtml(join(dir, file)),
      expected: readFileSync(expected, 'utf8'),
      lang: meta.lang ?? meta.language ?? stem.match(/^([a-z]{2})[-_]/)?.[1] ?? '?',
      url: meta.url,
      published: meta.published ?? null,
      outlet: meta.outlet ?? null,
    });
  }
  return cases;
}

/** trafilatura's `evaldata.json` (url → { file, with, without }); files are looked up beside it. */
export function loadSnippets(jsonPath: string, pageDirs: string[]): SnippetCase[] {
  const data = readJson<Record<string, { file: string; with: string[]; without: string[] }>>(jsonPath);
  const cases: SnippetCase[] = [];
  for (const entry of Object.values(data)) {
    const dir = pageDirs.find((d) => existsSync(join(d, entry.file)));
    if (!dir) continue;
    cases.push({
      name: entry.file,
      html: readHtml(join(dir, entry.file)),
      with: entry.with,
      without: entry.without,
    });
  }
  return cases;
}

/**
 * The Zyte article-extraction benchmark's layout: `ground-truth.json` ({ id: { articleBody, url } })
 * beside `html/ID.html.gz` (or `html/ID.html`). The pages are decoded as an import decodes them.
 */
export function loadGroundTruth(dir: string): PageCase[] {
  const truth = readJson<Record<string, { articleBody?: string; url?: string }>>(
    join(dir, 'ground-truth.json'),
  );
  return Object.entries(truth).map(([id, entry]) => {
    const plain = join(dir, 'html', `${id}.html`);
    const bytes = existsSync(plain) ? readFileSync(plain) : gunzipSync(readFileSync(`${plain}.gz`));
    return {
      name: id,
      html: decodeText(new Uint8Array(bytes), `${id}.html`).text,
      expected: entry.articleBody ?? '',
      lang: '?',
      url: entry.url,
    };
  });
}
