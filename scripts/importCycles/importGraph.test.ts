import { describe, expect, it } from 'vitest';
import { importsOf } from './importGraph';

describe('importsOf', () => {
  it.each([
    ["import { a } from './a';", [{ specifier: './a', typeOnly: false }]],
    ["import a from './a';", [{ specifier: './a', typeOnly: false }]],
    ["import * as a from './a';", [{ specifier: './a', typeOnly: false }]],
    ["import './a.css';", [{ specifier: './a.css', typeOnly: false }]],
    ["import type { A } from './a';", [{ specifier: './a', typeOnly: true }]],
    ["import { type A, type B } from './a';", [{ specifier: './a', typeOnly: true }]],
    ["import { type A, b } from './a';", [{ specifier: './a', typeOnly: false }]],
    ["export { a } from './a';", [{ specifier: './a', typeOnly: false }]],
    ["export * from './a';", [{ specifier: './a', typeOnly: false }]],
    ["export type { A } from './a';", [{ specifier: './a', typeOnly: true }]],
    ["async function f() { await import('./a'); }", [{ specifier: './a', typeOnly: false }]],
    ['const s = "import { a } from \'./a\'";', []],
  ])('%s', (text, expected) => {
    expect(importsOf('x.ts', text)).toEqual(expected);
  });
});
