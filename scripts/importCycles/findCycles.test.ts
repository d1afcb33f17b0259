import { describe, expect, it } from 'vitest';
import { findCycles, groupGraph, witness, type Graph } from './findCycles';

const graph = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges));

describe('findCycles', () => {
  it.each([
    ['a chain', { a: ['b'], b: ['c'], c: [] }, []],
    ['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
    ['two modules', { a: ['b'], b: ['a'] }, [['a', 'b']]],
    ['a ring of three behind an entry', { x: ['a'], a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c']]],
    ['a module importing itself', { a: ['a'], b: [] }, [['a']]],
    [
      'two separate cycles',
      { a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['an edge to a module outside the graph', { a: ['zzz'] }, []],
  ])('%s', (_name, edges, expected) => {
    expect(findCycles(graph(edges))).toEqual(expected);
  });

  it('follows a chain far deeper than the call stack would allow', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 50_000; i++) edges[`m${i}`] = [`m${i + 1}`];
    edges['m50000'] = ['m0'];
    expect(findCycles(graph(edges))[0]).toHaveLength(50_001);
  });
});

describe('groupGraph', () => {
  it('joins modules into folders, drops edges inside a folder and modules outside any', () => {
    const modules = graph({
      'r/a/1': ['r/a/2', 'r/b/1', 'shared/x'],
      'r/a/2': [],
      'r/b/1': ['r/a/2'],
      'shared/x': ['r/a/1'],
    });
    const folderOf = (m: string) => (m.startsWith('r/') ? m.split('/').slice(0, 2).join('/') : null);
    expect(groupGraph(modules, folderOf)).toEqual(
      new Map([
        ['r/a', ['r/b']],
        ['r/b', ['r/a']],
      ]),
    );
  });

  it('finds a folder cycle that no module cycle shows', () => {
    const modules = graph({ 'r/a/1': ['r/b/1'], 'r/b/1': [], 'r/b/2': ['r/a/2'], 'r/a/2': [] });
    expect(findCycles(modules)).toEqual([]);
    const folders = groupGraph(modules, (m) => m.split('/').slice(0, 2).join('/'));
    expect(findCycles(folders)).toEqual([['r/a', 'r/b']]);
  });
});

describe('witness', () => {
  it.each([
    ['two', { a: ['b'], b: ['a'] }, ['a', 'b'], 'a → b → a'],
    ['a shortcut inside a ring', { a: ['b', 'c'], b: ['c'], c: ['a'] }, ['a', 'b', 'c'], 'a → c → a'],
    ['itself', { a: ['a'] }, ['a'], 'a → a'],
  ])('%s', (_name, edges, cycle, expected) => {
    expect(witness(graph(edges), cycle)).toBe(expected);
  });
});
