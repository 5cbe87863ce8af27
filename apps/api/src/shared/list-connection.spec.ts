import { encodeCursor } from './connection';
import { pageOfList } from './list-connection';

describe('a page of a list held whole', () => {
  const letters = ['a', 'b', 'c', 'd', 'e'];
  const nodes = (page: ReturnType<typeof pageOfList<string>>) => page.edges.map((edge) => edge.node);

  it('pages forward with first and after, saying what lies either side', () => {
    const first = pageOfList(letters, { first: 2 });
    expect(nodes(first)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const second = pageOfList(letters, { first: 2, after: first.pageInfo.endCursor });
    expect(nodes(second)).toEqual(['c', 'd']);
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const third = pageOfList(letters, { first: 2, after: second.pageInfo.endCursor });
    expect(nodes(third)).toEqual(['e']);
    expect(third.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(third.totalCount).toBe(5);
  });

  it('pages back with last and before', () => {
    const last = pageOfList(letters, { last: 2 });
    expect(nodes(last)).toEqual(['d', 'e']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const earlier = pageOfList(letters, { last: 2, before: last.pageInfo.startCursor });
    expect(nodes(earlier)).toEqual(['b', 'c']);
    const earliest = pageOfList(letters, { last: 2, before: earlier.pageInfo.startCursor });
    expect(nodes(earliest)).toEqual(['a']);
    expect(earliest.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('gives the items between two cursors', () => {
    expect(nodes(pageOfList(letters, { after: encodeCursor({ offset: 0 }), before: encodeCursor({ offset: 3 }) }))).toEqual(['b', 'c']);
  });

  it('gives the first twenty when no size is asked, and an empty page of an empty list', () => {
    expect(
      pageOfList(
        Array.from({ length: 30 }, (_, index) => index),
        {},
      ).edges,
    ).toHaveLength(20);
    expect(pageOfList([], { first: 5 })).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasPreviousPage: false, hasNextPage: false, startCursor: undefined, endCursor: undefined },
    });
  });

  it('refuses first with last, and a cursor it did not make', () => {
    expect(() => pageOfList(letters, { first: 1, last: 1 })).toThrow('Ask for `first` or `last`, not both');
    expect(() => pageOfList(letters, { after: 'nonsense' })).toThrow('`after` is not a cursor this query returned');
    expect(() => pageOfList(letters, { before: 'nonsense' })).toThrow('`before` is not a cursor this query returned');
  });
});
