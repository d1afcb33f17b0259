import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, parseCsv, toCsv } from './csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['=a,"b"', `"'=a,""b"""`],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [-3, '-3'],
    [true, 'true'],
  ] as const)('%j → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', '2'],
          ['x,y', null],
        ],
      ),
    ).toBe(`${CSV_BOM}a,b\r\n1,2\r\n"x,y",\r\n`);
  });

  it('round-trips awkward values through parseCsv', () => {
    const rows = [['comma, inside', 'quote " inside', 'line\nbreak', 'ünïcödé 🌊', '']];
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd', 'e'], rows))).toEqual([['a', 'b', 'c', 'd', 'e'], ...rows]);
  });
});
