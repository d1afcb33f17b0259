import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { resultOf } from './contract/outcome';
import { AppError, errorCodes, exitCodeOf, httpStatusOf, toErrorShape, type ErrorCode } from './errors';

/** Codes by the status they must get: a new code fails the test below until it is placed here. */
const byStatus: Array<[number, ErrorCode[]]> = [
  [400, ['INVALID_INPUT', 'USAGE']],
  [401, ['UNAUTHORIZED']],
  [403, ['FORBIDDEN']],
  [404, ['NOT_FOUND', 'UNKNOWN_CALL']],
  [409, ['NOTEBOOK_LOCKED', 'NOTEBOOK_TOO_NEW']],
  [413, ['IMPORT_TOO_LARGE']],
  [422, ['IMPORT_FAILED']],
  [500, ['INTERNAL', 'NOTEBOOK_DAMAGED']],
  [503, ['IO_ERROR']],
];
const expected = new Map(byStatus.flatMap(([status, codes]) => codes.map((code) => [code, status] as const)));

describe('httpStatusOf', () => {
  it.each(errorCodes.map((code) => [code]))('%s has its status', (code) => {
    expect(httpStatusOf[code]).toBe(expected.get(code));
  });

  it('maps exactly the known codes', () => {
    expect(Object.keys(httpStatusOf).sort()).toEqual([...errorCodes].sort());
  });

  it('never blames the caller for the disk or a damaged notebook', () => {
    for (const code of ['IO_ERROR', 'NOTEBOOK_DAMAGED', 'INTERNAL'] as const)
      expect(httpStatusOf[code]).toBeGreaterThanOrEqual(500);
  });
});

describe('exitCodeOf', () => {
  it.each([
    ['USAGE', 2],
    ['INVALID_INPUT', 1],
    ['NOT_FOUND', 1],
    ['IMPORT_FAILED', 1],
    ['IMPORT_TOO_LARGE', 1],
    ['INTERNAL', 1],
  ] as const)('%s exits %i', (code, status) => {
    expect(exitCodeOf(code)).toBe(status);
  });
});

describe('one error from handler to page', () => {
  const thrown = new AppError('NOTEBOOK_LOCKED', 'This notebook is open in another window.', { pid: 7 });

  it('arrives as the same AppError after crossing as JSON (HTTP) or a structured clone (IPC)', () => {
    const outcome = { ok: false, error: toErrorShape(thrown) };
    for (const carried of [JSON.parse(JSON.stringify(outcome)), structuredClone(outcome)]) {
      const received = (() => {
        try {
          resultOf(carried);
        } catch (error) {
          return error;
        }
        return null;
      })();
      expect(received).toBeInstanceOf(AppError);
      expect((received as AppError).toShape()).toEqual(thrown.toShape());
    }
  });

  it.each([undefined, null, 'nonsense', { ok: 'yes' }, { ok: false, error: { code: 'NOPE', message: 'x' } }])(
    'an unreadable outcome (%s) is an INTERNAL AppError',
    (outcome) => {
      expect(() => resultOf(outcome)).toThrow(AppError);
      try {
        resultOf(outcome);
      } catch (error) {
        expect((error as AppError).code).toBe('INTERNAL');
      }
    },
  );

  it.each([
    ['an AppError', new AppError('NOT_FOUND', 'Gone.'), 'NOT_FOUND'],
    ['a zod failure', z.string().safeParse(1).error, 'INVALID_INPUT'],
    [
      'an unknown command-line option',
      Object.assign(new TypeError('Unknown option --x'), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }),
      'USAGE',
    ],
    ['anything else', new Error('boom'), 'INTERNAL'],
  ])('toErrorShape turns %s into its code', (_, error, code) => {
    expect(toErrorShape(error).code).toBe(code);
  });
});
