import { describe, expect, it } from 'vitest';
import { highlight, id } from './testing/records';
import { annotationCollection, codePointOffset, toWebAnnotation, utf16Offset } from './webAnnotation';

describe('code point offsets', () => {
  const text = 'a🌊b🌊🌊c';
  it.each([
    [0, 0],
    [1, 1],
    [3, 2],
    [4, 3],
    [8, 5],
    [9, 6],
  ])('UTF-16 %i ↔ code points %i', (units, points) => {
    expect(codePointOffset(text, units)).toBe(points);
    expect(utf16Offset(text, points)).toBe(units);
  });
});

describe('toWebAnnotation', () => {
  it('maps comment, tags and entities to bodies with purposes, and keeps both selectors', () => {
    const h = highlight(1, 2, {
      comment: 'Check',
      tags: ['money'],
      entityIds: [id(9)],
      position: { type: 'TextPositionSelector', start: 3, end: 4 },
    });
    const a = toWebAnnotation(h, 'a🌊b c');
    expect(a).toMatchObject({
      id: `urn:uuid:${id(1)}`,
      type: 'Annotation',
      motivation: 'highlighting',
      target: { source: `urn:uuid:${id(2)}` },
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: 'Check', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'money', format: 'text/plain', purpose: 'tagging' },
      { type: 'SpecificResource', source: `urn:uuid:${id(9)}`, purpose: 'identifying' },
    ]);
    expect(a.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 2, end: 3 });
  });

  it('leaves the body out when there is nothing to say, and the first page out of an empty collection', () => {
    expect(toWebAnnotation(highlight(1, 2), 'plain text here').body).toBeUndefined();
    const empty = annotationCollection({ collection: id(1), page: id(2) }, 'none', []);
    expect(empty).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${id(1)}`,
      type: 'AnnotationCollection',
      label: 'none',
      total: 0,
    });
  });
});
