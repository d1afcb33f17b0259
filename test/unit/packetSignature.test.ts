import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../electron/cli/packetCommands';
import { exportPacket } from '../../electron/packet/exportPacket';
import { readSigningKey, signingKeyFor, signManifest } from '../../electron/packet/signingKeys';
import { readPacketEntries, verifyPacket } from '../../electron/packet/verifyPacket';
import { digestInput, parseManifest, serializeManifest } from '../../shared/packet/manifest';
import { SIGNATURE_PATH } from '../../shared/packet/packetSignature';
import { asRaw, rawZip } from '../fixtures/packets/rawZip';
import { buildSampleNotebook, type SampleNotebook } from '../fixtures/packets/sampleNotebook';

const OTHER_NOTEBOOK = '01890a5d-ac96-774b-bcce-b302099a8057';
const sha = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

let dir: string;
let keys: string;
let nb: SampleNotebook;
let signed: string;
let entries: Map<string, Uint8Array>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rn-packet-sign-'));
  keys = join(dir, 'user-data', 'signing-keys');
  nb = await buildSampleNotebook(dir);
  signed = (await exportPacket(nb.session, { out: join(dir, 'signed.zip'), signingKeyDir: keys })).path;
  entries = await readPacketEntries(signed);
});
afterAll(async () => {
  await nb.session.close();
  await rm(dir, { recursive: true, force: true });
});

/** A forger's packet: one source's text rewritten and the manifest recomputed to match, without the key. */
function forged(): Map<string, Uint8Array> {
  const copy = new Map(entries);
  const path = [...copy.keys()].find((p) => /^sources\/.+\/text\.txt$/.test(p)) as string;
  const text = encode('The council never said any of this.\n');
  copy.set(path, text);
  const parsed = parseManifest(new TextDecoder().decode(copy.get('manifest.json')));
  if (!parsed.ok) throw new Error('unreadable manifest');
  const files = parsed.manifest.files.map((f) =>
    f.path === path ? { path, size: text.length, sha256: sha(text) } : f,
  );
  const { selfSha256: _old, ...rest } = parsed.manifest;
  const unsigned = { ...rest, files, digest: sha(digestInput(files)) };
  copy.set(
    'manifest.json',
    encode(serializeManifest({ ...unsigned, selfSha256: sha(serializeManifest(unsigned)) })),
  );
  return copy;
}

async function verdict(
  packet: Map<string, Uint8Array>,
  name: string,
): Promise<{ code: number; lines: string[] }> {
  const file = join(dir, name);
  await writeFile(file, rawZip(asRaw(packet)));
  const lines: string[] = [];
  const code = await runVerify([file], (l) => lines.push(l));
  return { code, lines };
}

describe('signed packets', () => {
  it('signs the manifest with the notebook key kept in the user-data folder, never in the notebook or packet', async () => {
    const key = await readSigningKey(keys, nb.session.notebook.data.notebook.id);
    expect(key).not.toBeNull();
    const result = await verifyPacket(signed);
    expect(result).toMatchObject({ ok: true, signature: { state: 'signed', fingerprint: key?.fingerprint } });
    const { lines, code } = await verdict(entries, 'same.zip');
    expect(code).toBe(0);
    expect(lines[0]).toBe(
      `Intact and signed by ${key?.fingerprint} (${nb.session.notebook.data.notebook.name}): all ${entries.size - 1} files match the manifest.`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(`Packet digest (SHA-256 over the manifest's file list): ${result.manifest?.digest}`),
      ),
    ).toBe(true);
    expect(lines.some((l) => /does not say who made the packet/.test(l))).toBe(true);
    // The private key is in neither the notebook folder nor the packet.
    const keyFile = join(keys, `${nb.session.notebook.data.notebook.id}.json`);
    expect((await stat(keyFile)).mode & 0o077).toBe(0);
    const privateB64 = JSON.parse(await import('node:fs/promises').then((fs) => fs.readFile(keyFile, 'utf8')))
      .privateKey as string;
    for (const data of entries.values()) expect(Buffer.from(data).toString('utf8')).not.toContain(privateB64);
    expect(await readdir(nb.session.notebook.dir)).not.toContain('signing-keys');
  });

  it('reports the signature as broken when a text is rewritten and the manifest recomputed without the key', async () => {
    const result = await verdict(forged(), 'forged.zip');
    expect(result.code).toBe(1);
    expect(result.lines).toContain(`altered: ${SIGNATURE_PATH}`);
    expect(
      result.lines.some((l) => /^Signature broken: the manifest is not the one key .* signed/.test(l)),
    ).toBe(true);
  });

  it('reports the other fingerprint when the forger signs with another notebook’s key', async () => {
    const mine = await readSigningKey(keys, nb.session.notebook.data.notebook.id);
    const other = await signingKeyFor(keys, OTHER_NOTEBOOK, 'Another notebook', new Date().toISOString());
    const packet = forged();
    packet.set(
      SIGNATURE_PATH,
      encode(JSON.stringify(signManifest(other, packet.get('manifest.json') as Uint8Array))),
    );
    const result = await verdict(packet, 'resigned.zip');
    expect(result.code).toBe(0);
    expect(other.fingerprint).not.toBe(mine?.fingerprint);
    expect(result.lines[0]).toMatch(new RegExp(`^Intact and signed by ${other.fingerprint} `));
    expect(result.lines.join('\n')).not.toContain(mine?.fingerprint ?? '?');
  });

  it('says "intact, unsigned" for a packet made without a key, and that nothing shows who made it', async () => {
    const unsigned = (await exportPacket(nb.session, { out: join(dir, 'unsigned.zip') })).path;
    const files = await readPacketEntries(unsigned);
    expect(files.has(SIGNATURE_PATH)).toBe(false);
    const { code, lines } = await verdict(files, 'unsigned-copy.zip');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Intact, unsigned: /);
    expect(lines.some((l) => l.startsWith('Unsigned: nothing shows who made this packet'))).toBe(true);
  });

  it('refuses a signature file that is not a signature', async () => {
    const packet = new Map(entries);
    packet.set(SIGNATURE_PATH, encode('{"version":1,"algorithm":"RSA"}'));
    const result = await verdict(packet, 'junk-sig.zip');
    expect(result.code).toBe(1);
    expect(result.lines.some((l) => l.includes('not a signature this app can read'))).toBe(true);
  });
});

describe('a signed packet imports', () => {
  it('into another notebook like an unsigned one', async () => {
    const { importPacket } = await import('../../electron/packet/importPacket');
    const { NotebookSession } = await import('../../electron/session/notebookSession');
    const other = await NotebookSession.open({ notebookDir: join(dir, 'other'), userDataDir: null });
    try {
      const result = await importPacket(other.notebook, signed);
      expect(result.added.sources).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
