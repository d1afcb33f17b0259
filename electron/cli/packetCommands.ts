import { parseArgs } from 'node:util';
import { AppError, toErrorShape } from '../../shared/errors';
import { describeLeftOut } from '../../shared/packet/describeLeftOut';
import { exportPacket } from '../packet/exportPacket';
import { importPacket } from '../packet/importPacket';
import { verifyPacket } from '../packet/verifyPacket';
import { NotebookSession } from '../session/notebookSession';

type Print = (line: string) => void;
const defaultPrint: Print = (line) => console.log(line);

export const PACKET_USAGE = `  export --notebook DIR --out FILE.zip [--notes ID…] [--tag TAG] [--include-confidential] [--json]
                                            write a research packet (whole notebook, chosen notes, or a tag)
  verify FILE.zip [--json]                  check every file of a packet (exit 0 only when intact)
  import-packet FILE.zip --notebook DIR [--json]
                                            merge a packet into a notebook`;

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
    });
    if (values.json) print(JSON.stringify(result));
    else {
      print(
        `Wrote ${result.path}: ${plural(result.files, 'file')}, ${plural(result.counts.sources, 'source')}, ${plural(result.counts.highlights, 'highlight')}, ${plural(result.counts.notes, 'note')}.`,
      );
      const leftOut = describeLeftOut(result.leftOut);
      if (leftOut) print(`Left out: ${leftOut} (use --include-confidential to include them).`);
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
  const { manifest, ...result } = await verifyPacket(file);
  if (values.json) {
    print(
      JSON.stringify({
        ...result,
        digest: manifest?.digest ?? null,
        files: manifest ? manifest.files.length + 1 : null,
      }),
    );
  } else if (result.ok) {
    print(
      `Intact: all ${plural((manifest?.files.length ?? 0) + 1, 'file')} match the manifest (packet digest ${manifest?.digest ?? ''}).`,
    );
  } else {
    if (result.error) print(`Not intact: ${result.error}`);
    for (const path of result.altered) print(`altered: ${path}`);
    for (const path of result.missing) print(`missing: ${path}`);
    for (const path of result.extra) print(`extra:   ${path}`);
    if (!result.error) print('Not intact: the packet has been changed since it was made.');
  }
  return result.ok ? 0 : 1;
}

/** `import-packet FILE.zip --notebook DIR`: a refused packet prints why and leaves the notebook as it was. */
export async function runImportPacket(argv: string[], print: Print = defaultPrint): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { notebook: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const [file] = positionals;
  if (!file || !values.notebook) throw new AppError('USAGE', 'Usage: import-packet FILE.zip --notebook DIR');
  const session = await NotebookSession.open({ notebookDir: values.notebook, userDataDir: null });
  try {
    const result = await importPacket(session.notebook, file);
    if (values.json) print(JSON.stringify({ ok: true, ...result }));
    else if (result.unchanged) print('Nothing to do: the notebook already has everything in this packet.');
    else {
      const a = result.added;
      print(
        `Imported: ${plural(a.sources, 'source')}, ${plural(a.highlights, 'highlight')}, ${a.entities} ${a.entities === 1 ? 'entity' : 'entities'}, ${plural(a.claims, 'claim')}, ${plural(a.notes, 'note')}.`,
      );
      const linked = Object.values(result.linked).reduce((x, y) => x + y, 0);
      if (linked > 0) print(`Linked to what the notebook already had: ${linked}.`);
      for (const c of result.conflicts)
        print(
          `Conflict: the ${c.kind} “${c.label}” differs from the one with the same id; both kept (the imported one as ${c.keptAs}).`,
        );
    }
    return 0;
  } catch (error) {
    const shape = toErrorShape(error);
    print(values.json ? JSON.stringify({ ok: false, error: shape }) : `Not imported: ${shape.message}`);
    return 1;
  } finally {
    await session.close();
  }
}

/** The packet commands by name, for the CLI's dispatcher (each takes the arguments after its name). */
export const packetCommands: Record<string, (argv: string[], print?: Print) => Promise<number>> = {
  export: runExport,
  verify: runVerify,
  'import-packet': runImportPacket,
};
