import { describe, expect, it } from 'vitest';
import { isAcronymOf } from './acronymOf';

describe('isAcronymOf', () => {
  it.each([
    ['FEMA', 'Federal Emergency Management Agency', true],
    ['WADA', 'World Anti-Doping Agency', true],
    ['OSCE', 'Organisation for Security and Co-operation in Europe', true],
    ['IRCF', 'International Rowing and Canoe Federation', true],
    ['U.S.', 'United States', true],
    ['FIOD', 'Fiscal Information and Investigation Service', false],
    ['NATO', 'Northvale Regional Health Agency', false],
    ['E', 'Europe', false],
  ])('%s abbreviates %s: %s', (acronym, name, expected) => {
    expect(isAcronymOf(acronym, name)).toBe(expected);
  });
});
