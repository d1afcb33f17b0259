import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/packet/exportPacket';
import { readPacketEntries } from '../../electron/packet/verifyPacket';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

let dir: string;
let nb: SampleNotebook;
let files: Map<string, Uint8Array>;
let html: string;
let document: Document;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-reader-'));
  nb = await buildSampleNotebook(dir);
  const result = await exportPacket(nb.session, { out: join(dir, 'p.zip') });
  files = await readPacketEntries(result.path);
  html = Buffer.from(files.get('index.html') ?? []).toString('utf8');
  document = parseHTML(html).document;
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

const URL_ATTRIBUTES = [
  'src',
  'href',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'xlink:href',
  'ping',
  'manifest',
  'cite',
];
const sha = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('packet index.html (offline reader)', () => {
  it('loads nothing from anywhere: no external URL in any src/href, no asset elements, CSS without url()', () => {
    const offending: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of URL_ATTRIBUTES) {
        const value = el.getAttribute(attr);
        if (value !== null && (/^\s*[a-z][a-z0-9+.-]*:/i.test(value) || /^\s*\/\//.test(value)))
          offending.push(`${el.tagName} ${attr}=${value}`);
      }
      if (el.hasAttribute('style')) offending.push(`${el.tagName} has a style attribute`);
    }
    expect(offending).toEqual([]);
    expect(
      document.querySelectorAll('link, img, iframe, object, embed, base, video, audio, source, form').length,
    ).toBe(0);
    // Nothing in a packet runs when it is opened, not even the reader's own enhancements.
    expect(document.querySelectorAll('script').length).toBe(0);
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).not.toMatch(/url\(|@import/i);
    // External addresses appear only as visible text.
    expect(html).toContain('⟨https://water.example/report⟩');
  });

  it('carries a strict CSP that allows exactly its own inline style and no script', () => {
    const csp =
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha(document.querySelector('style')?.textContent ?? '')}`);
    expect(csp).toContain("script-src 'none'");
    expect(csp).toMatch(/base-uri 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('works without script: every in-page link has a target, ids are unique, file links exist in the packet', () => {
    const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const idSet = new Set(ids);
    const hrefs = Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? '');
    const dangling = hrefs.filter((h) => h.startsWith('#') && !idSet.has(h.slice(1)));
    expect(dangling).toEqual([]);
    const fileLinks = hrefs.filter((h) => !h.startsWith('#'));
    expect(fileLinks.length).toBeGreaterThan(0);
    expect(fileLinks.filter((h) => !files.has(h))).toEqual([]);
    expect(document.querySelector('style')?.textContent).toMatch(/mark\.hl:target/);
  });

  it('links each numbered citation to the cited passage inside its source', () => {
    const cites = Array.from(document.querySelectorAll(`#note-harbour-story-draft-1 sup.cite a`));
    expect(cites.map((a) => a.textContent)).toEqual(['[1]', '[2]', '[1]', '[3]', '[4]', '[5]']);
    const first = cites[0]?.getAttribute('href') ?? '';
    expect(first).toBe(`#h-${nb.ids.budget.id}`);
    const mark = document.getElementById(first.slice(1));
    expect(mark?.tagName).toBe('MARK');
    expect(mark?.closest('section.source')?.id).toBe(`src-${nb.ids.harbour}`);
    expect(mark?.textContent).toBe(nb.ids.budget.quote.exact.slice(0, mark?.textContent?.length));
    expect(cites[4]?.getAttribute('href')).toBe(`#src-${nb.ids.river}`);
    // The passage links back to where it is cited.
    expect(
      document.querySelector(`#hl-${nb.ids.budget.id} a[href="#cite-harbour-story-draft-1-1"]`),
    ).not.toBeNull();
    expect(html).toContain('[citation withheld]');
    expect(document.querySelector('.notice')?.textContent).toMatch(
      /1 confidential source, 2 confidential highlights, 1 entity named only in them, 2 citations of them/,
    );
  });

  it('shows each source text unchanged, with crossing highlights split and only the first piece carrying the id', () => {
    const block = document.querySelector(`#src-${nb.ids.harbour} .text`);
    const shown = Array.from(block?.childNodes ?? [])
      .map(function flat(n: ChildNode): string {
        if ((n as Element).classList?.contains('pin')) return '';
        return n.nodeType === 3 ? (n.textContent ?? '') : Array.from(n.childNodes).map(flat).join('');
      })
      .join('');
    expect(shown).toBe(Buffer.from(files.get(`sources/${nb.ids.harbour}/text.txt`) ?? []).toString('utf8'));
    const pieces = document.querySelectorAll(`mark[data-h="${nb.ids.crossing.id}"]`);
    expect(pieces.length).toBe(2);
    expect(pieces[0]?.id).toBe(`h-${nb.ids.crossing.id}`);
    expect(pieces[1]?.id).toBe('');
    expect(pieces[1]?.classList.contains('cont')).toBe(true);
  });

  it('has the claims table by stance and source, and the entity index', () => {
    const row = document.getElementById(`claim-${nb.ids.claim}`);
    const cells = Array.from(row?.querySelectorAll('td') ?? []);
    expect(cells[1]?.querySelector(`a[href="#h-${nb.ids.budget.id}"]`)).not.toBeNull();
    expect(cells[2]?.querySelector(`a[href="#h-${nb.ids.denial.id}"]`)).not.toBeNull();
    expect(cells[3]?.textContent).toBe('');
    const entity = document.getElementById(`ent-${nb.ids.quist}`);
    expect(entity?.textContent).toContain('Mara Quist');
    expect(entity?.querySelector(`a[href="#h-${nb.ids.quote.id}"]`)).not.toBeNull();
    expect(entity?.querySelector(`a[href="#claim-${nb.ids.claim}"]`)).not.toBeNull();
  });
});
