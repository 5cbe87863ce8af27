import { withoutAbsentFields } from './without-absent-fields';

class Sent {
  name = 'NSCB';
  establishedOn: string | undefined = undefined;
  decision: object | null = null;
}

describe('leaving out absent fields', () => {
  it('drops null and undefined fields at every depth, keeping falsy values that were given', () => {
    expect(withoutAbsentFields({ a: null, b: undefined, c: 0, d: '', e: false, f: { g: null, h: [{ i: null, j: 1 }] } })).toEqual({
      c: 0,
      d: '',
      e: false,
      f: { h: [{ j: 1 }] },
    });
  });

  it('turns input class instances into plain data', () => {
    const plain = withoutAbsentFields({ body: new Sent() });
    expect(plain).toEqual({ body: { name: 'NSCB' } });
    expect(Object.getPrototypeOf(plain.body)).toBe(Object.prototype);
    expect(Object.keys(plain.body)).toEqual(['name']);
  });

  it('keeps lists and scalars as they are', () => {
    expect(withoutAbsentFields([1, 'two', [3]])).toEqual([1, 'two', [3]]);
    expect(withoutAbsentFields('text')).toBe('text');
  });
});
