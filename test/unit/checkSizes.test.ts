import { describe, expect, it } from 'vitest';
import { checkSource, MAX_FILE_LINES, MAX_FUNCTION_LINES } from '../../scripts/checkSizes';

const body = (lines: number): string =>
  Array.from({ length: lines }, (_, i) => `  const v${i} = ${i};`).join('\n');
const fn = (name: string, lines: number, above = ''): string =>
  `${above}export function ${name}(): void {\n${body(lines - 2)}\n}\n`;

describe('checkSizes', () => {
  it.each([
    ['a function at the limit', fn('ok', MAX_FUNCTION_LINES), 0],
    ['a function one line over', fn('big', MAX_FUNCTION_LINES + 1), 1],
    ['a long function with its reason', fn('big', 90, '// Long because it is one table.\n'), 0],
    ['a long function whose comment gives no reason', fn('big', 90, '// Does things.\n'), 1],
    ['a long arrow function in a const', `const big = (): void => {\n${body(70)}\n};\n`, 1],
  ])('%s', (_, text, findings) => {
    expect(checkSource('x.ts', text)).toHaveLength(findings);
  });

  it('counts a file over the line limit', () => {
    const text = Array.from({ length: MAX_FILE_LINES + 1 }, (_, i) => `export const a${i} = ${i};`).join(
      '\n',
    );
    expect(checkSource('x.ts', text)).toEqual([
      { file: 'x.ts', line: 1, message: `file has ${MAX_FILE_LINES + 1} lines (limit ${MAX_FILE_LINES})` },
    ]);
  });
});
