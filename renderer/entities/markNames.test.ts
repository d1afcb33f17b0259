import { describe, expect, it } from 'vitest';
import { markNames } from './markNames';

const m = (text: string) => ({ text, mark: true });
const t = (text: string) => ({ text, mark: false });

describe('markNames', () => {
  it.each([
    ['Yuri Ushakov said so.', ['Yuri Ushakov', 'Ushakov'], [m('Yuri Ushakov'), t(' said so.')]],
    [
      'Then Ushakov left; ushakov returned.',
      ['Yuri Ushakov', 'Ushakov'],
      [t('Then '), m('Ushakov'), t(' left; '), m('ushakov'), t(' returned.')],
    ],
    ['Ushakova is someone else.', ['Ushakov'], [t('Ushakova is someone else.')]],
    ['No names here.', ['Ushakov'], [t('No names here.')]],
    ['', ['Ushakov'], [t('')]],
    ['Anything', [], [t('Anything')]],
    ['(Ushakov)', ['Ushakov'], [t('('), m('Ushakov'), t(')')]],
  ])('%j', (sentence, names, expected) => {
    expect(markNames(sentence, names)).toEqual(expected);
  });
});
