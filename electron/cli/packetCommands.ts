import { parseArgs } from 'node:util';
import { AppError, toErrorShape } from '../../shared/errors';
import { describeLeftOut } from '../../shared/packet/describeLeftOut';
import { explainVerification } from '../../shared/packet/packetSignature';
import { exportPacket } from '../packet/exportPacket';
import { importPacket } from '../packet/importPacket';
import { defaultKeyDir, signingKeyFor } from '../packet/signingKeys';
import { verifyPacket } from '../packet/verifyPacket';
import { NotebookSession } from '../session/notebookSession';
import { reporterFsError } from '../store/fsErrors';

type Print = (line: string) => void;
const defaultPrint: Print = (line) => console.log(line);

export const PACKET_USAGE = `  export --notebook DIR --out FILE.zip [--notes ID…] [--tag TAG] [--include-confidential] [--json]
         [--key-dir DIR | --unsigned]      write a research packet (whole notebook, chosen notes, or a tag),
                                            signed with the notebook's key (kept in the user-data folder)
  signing-key --notebook DIR [--key-dir DIR] show the notebook's signing key fingerprint and public key
  verify FILE.zip [--json]                  check every file of a packet (exit 0 only when intact)
  import-packet FILE.zip --notebook DIR [--dry-run] [--json]
                                            merge a packet into a notebook (--dry-run: only say what would change)`;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `export`: argv is everything after the command name. */
export async function runExport(argv: string[], print: Print = defaultPrint): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      notebook: { type: 'string' },
      out: { type: 'string' },
      notes: { type: 'string', multiple: true },
      tag: { type: 'string' },
      'include-confidential': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'key-dir': { type: 'string' },
      unsigned: { type: 'boolean', default: false },
    },
  });
  if (!values.notebook || !values.out)
    throw new AppError('USAGE', '--notebook DIR and --out FILE.zip are required.');
  // "--notes a b c" leaves b and c as positionals; "--notes a,b" and repeated --notes work too.
  const noteIds = [...(values.notes ?? []), ...(values.notes ? positionals : [])]
    .flatMap((n) => n.split(','))
    .map((n) => n.trim())
    .filter(Boolean);
  if (!values.notes && positionals.length > 0)
    throw new AppError('USAGE', `Unexpected argument: ${positionals[0]}`);
  const session = await NotebookSession.open({
    notebookDir: values.notebook,
    userDataDir: null,
    create: false,
  });
  try {
    const result = await exportPacket(session, {
      out: values.out,
      noteIds,
      ...(values.tag ? { tag: values.tag } : {}),
      includeConfidential: values['include-confidential'],
      signingKeyDir: values.unsigned ? null : (values['key-dir'] ?? defaultKeyDir()),
    });
    if (values.json) print(JSON.stringify(result));
    else {
      print(
        `Wrote ${result.path}: ${plural(result.files, 'file')}, ${plural(result.counts.sources, 'source')}, ${plural(result.counts.highlights, 'highlight')}, ${plural(result.counts.notes, 'note')}.`,
      );
      const leftOut = describeLeftOut(result.leftOut);
      if (leftOut) print(`Left out: ${leftOut} (use --include-confidential to include them).`);
      print(result.signedBy ? `Signed with this notebook's key ${result.signedBy}.` : 'Not signed.');
    }
  } finally {
    await session.close();
  }
  return 0;
}

/** `verify FILE.zip`: exit status 0 only when every file matches the manifest and nothing is extra. */
export async function runVerify(argv: string[], print: Print = defaultPrint): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (!file) throw new AppError('USAGE', 'Name the packet to verify: verify FILE.zip');
  const { manifest, signature, ...result } = await verifyPacket(file);
  if (values.json) {
    print(
      JSON.stringify({
        ...result,
        digest: manifest?.digest ?? null,
        files: manifest ? manifest.files.length + 1 : null,
        signature: signature ?? null,
        quotes: manifest?.quotes ?? null,
      }),
    );
    return result.ok ? 0 : 1;
  }
  const files = plural((manifest?.files.length ?? 0) + 1, 'file');
  if (result.ok && signature?.state === 'signed')
    print(
      `Intact and signed by ${signature.fingerprint} (${signature.name}): all ${files} match the manifest.`,
    );
  else if (result.ok) print(`Intact, unsigned: all ${files} match the manifest.`);
  else {
    if (result.error) print(`Not intact: ${result.error}`);
    for (const path of result.altered) print(`altered: ${path}`);
    for (const path of result.missing) print(`missing: ${path}`);
    for (const path of result.extra) print(`extra:   ${path}`);
    if (!result.error) print('Not intact: the packet has been changed since it was made.');
  }
  const q = manifest?.quotes;
  if (q)
    print(
      `Quotations in its notes when it was made: ${q.checked} checked, ${q.exact} exact, ${q.differs} differ from the source, ${q.notFound} not found, ${q.uncited} without a citation.`,
    );
  if (manifest && signature)
    for (const line of explainVerification(manifest.digest, signature, result.ok)) print(line);
  return result.ok ? 0 : 1;
}

/** `import-packet FILE.zip --notebook DIR`: a refused packet prints why and leaves the notebook as it was. */
export async function runImportPacket(argv: string[], print: Print = defaultPrint): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      notebook: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  if (!file || !values.notebook) throw new AppError('USAGE', 'Usage: import-packet FILE.zip --notebook DIR');
  const session = await NotebookSession.open({ notebookDir: values.notebook, userDataDir: null });
  try {
    const result = await importPacket(session.notebook, file, { dryRun: values['dry-run'] });
    if (values.json) print(JSON.stringify({ ok: true, ...result }));
    else {
      if (result.unchanged) print('Nothing to do: the notebook already has everything in this packet.');
      else {
        const a = result.added;
        print(
          `${result.dryRun ? 'Would import' : 'Imported'}: ${plural(a.sources, 'source')}, ${plural(a.highlights, 'highlight')}, ${a.entities} ${a.entities === 1 ? 'entity' : 'entities'}, ${plural(a.claims, 'claim')}, ${plural(a.notes, 'note')}, ${plural(a.questions, 'question')}, ${plural(a.ratings, 'rating')}.`,
        );
        const linked = Object.values(result.linked).reduce((x, y) => x + y, 0);
        if (linked > 0) print(`Linked to what the notebook already had: ${linked}.`);
      }
      // What happens to records already here (changed, kept as yours, kept both ways) is never only in --json.
      for (const line of result.summary) print(line);
    }
    return 0;
  } catch (error) {
    // A folder or unreadable path named as the packet: in words, not Node's "EISDIR: illegal operation".
    const shape = toErrorShape(reporterFsError(error, file));
    print(values.json ? JSON.stringify({ ok: false, error: shape }) : `Not imported: ${shape.message}`);
    return 1;
  } finally {
    await session.close();
  }
}

/** `signing-key`: the fingerprint and public key to give an editor, so they can check signed packets. */
export async function runSigningKey(argv: string[], print: Print = defaultPrint): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      notebook: { type: 'string' },
      'key-dir': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.notebook) throw new AppError('USAGE', 'Usage: signing-key --notebook DIR [--key-dir DIR]');
  const session = await NotebookSession.open({
    notebookDir: values.notebook,
    userDataDir: null,
    create: false,
  });
  try {
    const { id, name } = session.notebook.data.notebook;
    const key = await signingKeyFor(values['key-dir'] ?? defaultKeyDir(), id, name, new Date().toISOString());
    const out = { notebookId: id, name: key.name, fingerprint: key.fingerprint, publicKey: key.publicKey };
    if (values.json) print(JSON.stringify(out));
    else print(`${key.name}\nfingerprint ${key.fingerprint}\npublic key (SPKI, base64) ${key.publicKey}`);
  } finally {
    await session.close();
  }
  return 0;
}

/** The packet commands by name, for the CLI's dispatcher (each takes the arguments after its name). */
export const packetCommands: Record<string, (argv: string[], print?: Print) => Promise<number>> = {
  export: runExport,
  verify: runVerify,
  'import-packet': runImportPacket,
  'signing-key': runSigningKey,
};
