import { InvalidFilterValue, parseFilterInstant } from './oparl-time';

/** What every OParl object carries that lists filter on. */
export interface Stamped {
  readonly id: string;
  readonly created: string;
  readonly modified: string;
  readonly deleted?: boolean;
}

export interface ListQuery {
  readonly createdSince?: Date;
  readonly createdUntil?: Date;
  readonly modifiedSince?: Date;
  readonly modifiedUntil?: Date;
  readonly omitInternal: boolean;
  readonly page: number;
  readonly limit: number;
}

export interface OParlList<T> {
  readonly data: readonly T[];
  readonly pagination: {
    readonly totalElements: number;
    readonly elementsPerPage: number;
    readonly currentPage: number;
    readonly totalPages: number;
  };
  readonly links: { readonly first: string; readonly prev?: string; readonly self: string; readonly next?: string; readonly last: string };
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

const FILTERS = {
  created_since: 'createdSince',
  created_until: 'createdUntil',
  modified_since: 'modifiedSince',
  modified_until: 'modifiedUntil',
} as const;
const KNOWN = new Set([...Object.keys(FILTERS), 'limit', 'elementsPerPage', 'page', 'omit_internal']);

/** A list's query string, read strictly: a parameter the server does not know is an error, not ignored. */
export function parseListQuery(query: Readonly<Record<string, unknown>>): ListQuery {
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name)) throw new InvalidFilterValue(`Unknown parameter "${name}": lists take ${[...KNOWN].join(', ')}`);
  }
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new InvalidFilterValue(`${name} is given more than once`);
    return value;
  };
  const filters: Record<string, Date> = {};
  for (const [parameter, field] of Object.entries(FILTERS)) {
    const value = single(parameter);
    if (value !== undefined) filters[field] = parseFilterInstant(parameter, value);
  }
  const limitText = single('limit') ?? single('elementsPerPage');
  const pageText = single('page');
  return {
    ...filters,
    omitInternal: single('omit_internal') === 'true',
    limit: limitText === undefined ? DEFAULT_PAGE_SIZE : Math.min(positiveInteger('limit', limitText), MAX_PAGE_SIZE),
    page: pageText === undefined ? 1 : positiveInteger('page', pageText),
  };
}

function positiveInteger(name: string, text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) throw new InvalidFilterValue(`${name} must be a whole number from 1; got "${text}"`);
  return Number(text);
}

/** Whether an object passes a list's filters. Deleted objects are listed only to a client asking what changed since a moment. */
export function passes(object: Stamped, query: ListQuery): boolean {
  if (object.deleted && query.modifiedSince === undefined) return false;
  // Objects carry their times to the second: a change later in the second a client names is still after it.
  const created = Date.parse(object.created);
  const modified = Date.parse(object.modified);
  const second = (instant: Date) => Math.floor(instant.getTime() / 1000) * 1000;
  return (
    (query.createdSince === undefined || created >= second(query.createdSince)) &&
    (query.createdUntil === undefined || created <= query.createdUntil.getTime()) &&
    (query.modifiedSince === undefined || modified >= second(query.modifiedSince)) &&
    (query.modifiedUntil === undefined || modified <= query.modifiedUntil.getTime())
  );
}

/**
 * One page of an external list. The objects come in a stable order (by id), so a client paging
 * through meets each once; every link keeps the client's filters and page size.
 */
export function listPage<T extends Stamped>(objects: readonly T[], query: ListQuery, listUrl: string): OParlList<T> {
  const matching = objects.filter((object) => passes(object, query)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totalPages = Math.max(1, Math.ceil(matching.length / query.limit));
  const pageUrl = (page: number) => withQuery(listUrl, query, page);
  return {
    data: matching.slice((query.page - 1) * query.limit, query.page * query.limit),
    pagination: { totalElements: matching.length, elementsPerPage: query.limit, currentPage: query.page, totalPages },
    links: {
      first: pageUrl(1),
      ...(query.page > 1 && { prev: pageUrl(Math.min(query.page - 1, totalPages)) }),
      self: pageUrl(query.page),
      ...(query.page < totalPages && { next: pageUrl(query.page + 1) }),
      last: pageUrl(totalPages),
    },
  };
}

/** A page's canonical address: parameters always in one order, each spelt one way. */
function withQuery(listUrl: string, query: ListQuery, page: number): string {
  const parameters = new URLSearchParams();
  for (const [parameter, field] of Object.entries(FILTERS)) {
    const instant = query[field];
    if (instant) parameters.set(parameter, filterText(instant));
  }
  if (query.limit !== DEFAULT_PAGE_SIZE) parameters.set('limit', String(query.limit));
  if (query.omitInternal) parameters.set('omit_internal', 'true');
  if (page > 1) parameters.set('page', String(page));
  const text = parameters.toString();
  return text ? `${listUrl}?${text}` : listUrl;
}

/** An instant as a filter value: seconds, with the milliseconds only when a client gave them. */
function filterText(instant: Date): string {
  const iso = instant.toISOString();
  return `${iso.slice(0, 19)}${instant.getUTCMilliseconds() === 0 ? '' : iso.slice(19, 23)}+00:00`;
}
