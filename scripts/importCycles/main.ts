/**
 * `npm run lint` runs this. It fails when modules import each other in a cycle at run time (anywhere in the
 * code; a cycle of `import type` only is erased by the build, as ESLint's import/no-cycle also allows), or when
 * two of the renderer's top-level folders import each other, types included (renderer/reader importing
 * renderer/search importing renderer/reader, even through different modules): the renderer stays layered as
 * app → features → ui → transport.
 */
import { findCycles, groupGraph, witness } from './findCycles';
import { importGraphs } from './importGraph';

const ROOTS = ['renderer', 'shared', 'electron', 'scripts', 'test'];

/** The renderer folder a module belongs to (`renderer/reader/highlights/x.ts` → `renderer/reader`). */
function rendererFolder(module: string): string | null {
  const parts = module.split('/');
  return parts[0] === 'renderer' && parts.length > 2 ? `renderer/${parts[1]}` : null;
}

const { runtime, all } = importGraphs(process.cwd(), ROOTS);
const folders = groupGraph(all, rendererFolder);
const problems = [
  ...findCycles(runtime).map((cycle) => `Modules import each other: ${witness(runtime, cycle)}`),
  ...findCycles(folders).map((cycle) => `Renderer folders import each other: ${witness(folders, cycle)}`),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`${problems.length} import cycle(s): move what both sides need down a layer (ui/, shared/).`);
  process.exit(1);
}
console.log(`No import cycles among ${runtime.size} modules and ${folders.size} renderer folders.`);
