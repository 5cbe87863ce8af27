import { buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ASSUMED_LIST_SIZE, listAwareEstimator } from './query-cost';

const schema = buildSchema(`
  type Query {
    meetings(first: Int = 20): MeetingConnection!
    bodies: [Body!]!
    body: Body
  }
  type MeetingConnection { edges: [MeetingEdge!]! }
  type MeetingEdge { node: Meeting! }
  type Meeting { meetingId: ID! items: [Item!]! }
  type Item { number: String! title: String! }
  type Body { bodyId: ID! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [listAwareEstimator] });

describe('the cost of an operation', () => {
  it('is one per field for a single record', () => {
    expect(cost('{ body { bodyId } }')).toBe(2);
  });

  it('multiplies a page by the records it asks for, counting the edges once', () => {
    const page = (first: number) => cost(`{ meetings(first: ${first}) { edges { node { meetingId } } } }`);
    expect(page(100)).toBe(1 + 100 * 3);
    expect(page(1)).toBe(1 + 3);
  });

  it("takes the default page size when the operation gives none, and a variable's value when it gives one", () => {
    expect(cost('{ meetings { edges { node { meetingId } } } }')).toBe(1 + 20 * 3);
    expect(cost('query($n: Int) { meetings(first: $n) { edges { node { meetingId } } } }', { n: 50 })).toBe(1 + 50 * 3);
  });

  it('assumes a size for lists the schema does not page, larger at the root', () => {
    expect(cost('{ bodies { bodyId } }')).toBe(1 + ASSUMED_LIST_SIZE.root);
    expect(cost('{ meetings(first: 10) { edges { node { items { title } } } } }')).toBe(1 + 10 * (1 + 1 + (1 + ASSUMED_LIST_SIZE.nested)));
  });

  it('adds up aliases, so many copies of a large page cost many times one', () => {
    const one = cost('{ meetings(first: 100) { edges { node { meetingId } } } }');
    const aliases = Array.from({ length: 200 }, (_, index) => `m${index}: meetings(first: 100) { edges { node { meetingId } } }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(200 * one);
  });
});
