import { describe, expect, it } from 'vitest';
import { lineCount, longFunctions } from './sizeLimits';

const body = (lines: number) => Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('longFunctions', () => {
  it.each([
    ['a short function', `function f() {\n${body(10)}\n}`, []],
    ['exactly at the limit', `function f() {\n${body(58)}\n}`, []],
    ['one line over', `function f() {\n${body(59)}\n}`, [{ name: 'f', line: 1, lines: 61 }]],
    ['an arrow in a const', `export const g = () => {\n${body(70)}\n};`, [{ name: 'g', line: 1, lines: 72 }]],
    [
      'a memo callback',
      `export const Row = memo(function Row() {\n${body(70)}\n});`,
      [{ name: 'Row', line: 1, lines: 72 }],
    ],
    ['with a reason above', `// Long because: a table of cases.\nfunction f() {\n${body(70)}\n}`, []],
    [
      'with a reason after the doc comment',
      `/** Does f. */\n// Long because: why.\nexport function f() {\n${body(70)}\n}`,
      [],
    ],
    ['with a reason above a const', `// (long: why)\nexport const g = memo(() => {\n${body(70)}\n});`, []],
    [
      'a long constructor',
      `class C {\n  constructor() {\n${body(70)}\n  }\n}`,
      [{ name: 'constructor', line: 2, lines: 72 }],
    ],
    [
      'with a reason above a default export',
      `// Long because: why.\nexport default () => {\n${body(70)}\n};`,
      [],
    ],
    [
      'a comment that gives no reason does not count',
      `// Long.\nfunction f() {\n${body(70)}\n}`,
      [{ name: 'f', line: 2, lines: 72 }],
    ],
    [
      'any other comment does not count',
      `// Does f.\nfunction f() {\n${body(70)}\n}`,
      [{ name: 'f', line: 2, lines: 72 }],
    ],
  ])('%s', (_name, text, expected) => {
    expect(longFunctions('x.tsx', text)).toEqual(expected);
  });

  it('reports an inner function on its own, not only the outer one', () => {
    const text = `// Long because: outer.\nfunction outer() {\n  const inner = () => {\n${body(70)}\n  };\n}`;
    expect(longFunctions('x.ts', text)).toEqual([{ name: 'inner', line: 3, lines: 72 }]);
  });
});

describe('lineCount', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
    ['\n\n', 2],
  ])('%j has %i lines', (text, lines) => {
    expect(lineCount(text)).toBe(lines);
  });
});
