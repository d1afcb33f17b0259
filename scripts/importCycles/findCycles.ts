/**
 * Cycles in a directed graph (modules importing modules, or folders importing folders), as the strongly
 * connected components with more than one node or a node that imports itself. Iterative Tarjan, so a deep
 * import chain cannot overflow the stack.
 */
export type Graph = ReadonlyMap<string, readonly string[]>;

export function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;

  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    // Each frame: the node and how many of its edges were already followed.
    const frames: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          frames.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The folder graph: an edge between two different groups whenever a module of one imports a module of the other. */
export function groupGraph(graph: Graph, groupOf: (node: string) => string | null): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  for (const [from, targets] of graph) {
    const fromGroup = groupOf(from);
    if (fromGroup === null) continue;
    const edges = groups.get(fromGroup) ?? new Set<string>();
    groups.set(fromGroup, edges);
    for (const to of targets) {
      const toGroup = groupOf(to);
      if (toGroup !== null && toGroup !== fromGroup) edges.add(toGroup);
    }
  }
  return new Map([...groups].map(([group, edges]) => [group, [...edges].sort()]));
}

/** One import path that shows a cycle between groups, for the error message: `a → b → a`. */
export function witness(graph: Graph, cycle: readonly string[]): string {
  const members = new Set(cycle);
  const start = cycle[0]!;
  // Breadth-first from the first member back to itself, staying inside the cycle.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path: string[] = [];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) {
          path.unshift(at);
        }
        return [start, ...path, start].join(' → ');
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return cycle.join(' → ');
}
