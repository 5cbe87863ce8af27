import { canonicalJson } from './canonical-json';

describe("the ledger's canonical JSON", () => {
  it('sorts keys by UTF-16 code units at every depth, and writes no white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' }, B: 2, é: 0 })).toBe(
      '{"B":2,"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1,"é":0}',
    );
  });

  it('drops undefined fields but keeps nulls, empty objects and empty arrays', () => {
    expect(canonicalJson({ kept: null, gone: undefined, empty: {}, none: [] })).toBe('{"empty":{},"kept":null,"none":[]}');
  });

  it('writes arrays in their order, with elements as canonical as the whole', () => {
    expect(canonicalJson([{ b: 2, a: 1 }, 'two', 3, [], null])).toBe('[{"a":1,"b":2},"two",3,[],null]');
    expect(canonicalJson([])).toBe('[]');
  });

  it('writes strings, numbers and booleans as JSON.stringify does', () => {
    expect(canonicalJson('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
    expect(canonicalJson(1.5)).toBe('1.5');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson(null)).toBe('null');
  });

  it('gives one spelling to equal values, whatever order their keys were written in', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
