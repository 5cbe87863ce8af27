import { listPage, parseListQuery, passes } from './oparl-list';
import { InvalidFilterValue, oparlDateTime, parseFilterInstant } from './oparl-time';

const LIST = 'https://ledger.example/oparl/v1.1/bodies/b/meetings';
const stamped = (id: string, created: string, modified: string, deleted?: true) => ({
  id: `${LIST}/${id}`,
  created,
  modified,
  ...(deleted && { deleted }),
});

describe('OParl lists: filters, pages and links', () => {
  const objects = [
    stamped('c', '2024-01-01T10:00:00+00:00', '2024-03-01T10:00:00+00:00'),
    stamped('a', '2024-01-01T10:00:00+00:00', '2024-01-01T10:00:00+00:00'),
    stamped('b', '2024-02-01T10:00:00+00:00', '2024-02-01T10:00:05+00:00'),
    stamped('gone', '2024-01-01T10:00:00+00:00', '2024-02-15T00:00:00+00:00', true),
  ];

  it('pages in the order of ids, each link keeping the filters and the page size', () => {
    const query = parseListQuery({ created_since: '2024-01-01T00:00:00+00:00', limit: '2', page: '1' });
    const first = listPage(objects, query, LIST);
    expect(first.data.map((found) => found.id)).toEqual([`${LIST}/a`, `${LIST}/b`]);
    expect(first.pagination).toEqual({ totalElements: 3, elementsPerPage: 2, currentPage: 1, totalPages: 2 });
    const filter = 'created_since=2024-01-01T00%3A00%3A00%2B00%3A00&limit=2';
    expect(first.links).toEqual({
      first: `${LIST}?${filter}`,
      self: `${LIST}?${filter}`,
      next: `${LIST}?${filter}&page=2`,
      last: `${LIST}?${filter}&page=2`,
    });
    const second = listPage(objects, parseListQuery({ created_since: '2024-01-01T00:00:00+00:00', limit: '2', page: '2' }), LIST);
    expect(second.data.map((found) => found.id)).toEqual([`${LIST}/c`]);
    expect(second.links).toEqual({
      first: `${LIST}?${filter}`,
      prev: `${LIST}?${filter}`,
      self: `${LIST}?${filter}&page=2`,
      last: `${LIST}?${filter}&page=2`,
    });
  });

  it('gives an empty list one page without a next link', () => {
    const page = listPage([], parseListQuery({}), LIST);
    expect(page).toEqual({
      data: [],
      pagination: { totalElements: 0, elementsPerPage: 100, currentPage: 1, totalPages: 1 },
      links: { first: LIST, self: LIST, last: LIST },
    });
  });

  it('lists deleted objects only to a client asking what was modified since a moment', () => {
    expect(listPage(objects, parseListQuery({}), LIST).data.map((found) => found.id)).not.toContain(`${LIST}/gone`);
    const since = parseListQuery({ modified_since: '2024-02-01T10:00:00+00:00' });
    expect(listPage(objects, since, LIST).data.map((found) => found.id)).toEqual([`${LIST}/b`, `${LIST}/c`, `${LIST}/gone`]);
  });

  it('counts a change later in the second a client names as after it, since objects carry their times to the second', () => {
    const changed = stamped('x', '2024-01-01T10:00:00+00:00', '2024-02-01T10:00:05+00:00');
    expect(passes(changed, parseListQuery({ modified_since: '2024-02-01T10:00:05.700+00:00' }))).toBe(true);
    expect(passes(changed, parseListQuery({ modified_since: '2024-02-01T10:00:06+00:00' }))).toBe(false);
    expect(passes(changed, parseListQuery({ modified_until: '2024-02-01T10:00:05+00:00' }))).toBe(true);
    expect(passes(changed, parseListQuery({ modified_until: '2024-02-01T10:00:04.999+00:00' }))).toBe(false);
    expect(passes(changed, parseListQuery({ created_until: '2024-01-01T11:00:00+01:00' }))).toBe(true);
    expect(passes(changed, parseListQuery({ created_since: '2024-01-01T11:00:01+01:00' }))).toBe(false);
  });

  it('refuses an unknown parameter, a page or size that is no whole number, and a repeated filter', () => {
    expect(() => parseListQuery({ sort: 'name' })).toThrow(/^Unknown parameter "sort": lists take created_since, /);
    expect(() => parseListQuery({ page: '0' })).toThrow(InvalidFilterValue);
    expect(() => parseListQuery({ limit: '-5' })).toThrow(InvalidFilterValue);
    expect(() => parseListQuery({ modified_since: ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'] })).toThrow(InvalidFilterValue);
    expect(parseListQuery({ limit: '5000' }).limit).toBe(1000);
    expect(parseListQuery({ elementsPerPage: '20' }).limit).toBe(20);
  });
});

describe('OParl times', () => {
  it('writes instants to the second with an offset, keeping an offset the record has', () => {
    expect(oparlDateTime(new Date('2024-03-14T14:00:00.123Z'))).toBe('2024-03-14T14:00:00+00:00');
    expect(oparlDateTime('2024-06-13T14:00:00Z')).toBe('2024-06-13T14:00:00+00:00');
    expect(oparlDateTime('2024-06-13T14:00+01:00')).toBe('2024-06-13T14:00:00+01:00');
    expect(oparlDateTime('2024-06-13T14:00:30.5+01:00')).toBe('2024-06-13T14:00:30+01:00');
  });

  it('reads a filter instant with its offset, an unencoded + as the sign, and refuses anything less', () => {
    expect(parseFilterInstant('modified_since', '2024-01-31T10:00:00+01:00').toISOString()).toBe('2024-01-31T09:00:00.000Z');
    expect(parseFilterInstant('modified_since', '2024-01-31T10:00:00 01:00').toISOString()).toBe('2024-01-31T09:00:00.000Z');
    expect(parseFilterInstant('modified_since', '2024-01-31T10:00:00.250Z').toISOString()).toBe('2024-01-31T10:00:00.250Z');
    for (const bad of ['2024-01-31', '2024-01-31T10:00:00', '2024-02-30T10:00:00Z', '2024-01-31T24:00:00Z', 'yesterday']) {
      expect(() => parseFilterInstant('modified_since', bad)).toThrow(InvalidFilterValue);
    }
  });
});
