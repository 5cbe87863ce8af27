import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { GraphQLError } from 'graphql';

@ObjectType({ description: 'Where a page starts and ends, and whether there is more either side.' })
export class PageInfo {
  @Field({ description: 'True when there are more results after this page.' }) hasNextPage: boolean;
  @Field({ nullable: true, description: 'Pass as `after` for the next page.' }) endCursor?: string;
  @Field({
    description:
      'True when there are results before this page: always known when paging back with `last`; paging forward, true when the page began `after` a cursor.',
  })
  hasPreviousPage: boolean;
  @Field({ nullable: true, description: 'Pass as `before` for the page before (where the list pages both ways).' }) startCursor?: string;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfo;
}

/** A connection whose whole count is asked of the store only when a query selects it. */
export interface KeysetConnection<Node> extends Connection<Node> {
  readonly totalCount: Promise<number>;
}

/** A Relay connection type for a list paged by its sort key in the store: pages both ways, and the list's length. */
export function ConnectionOf<Node>(node: Type<Node>, name: string, description: string): Type<KeysetConnection<Node>> {
  @ObjectType(`${name}Edge`, { description: `One ${name.replace(/Connection$/, '').toLowerCase()} and its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque; pass as `after` or `before` to continue from here.' }) cursor: string;
    @Field(() => node, { description: 'The item itself.' }) node: Node;
  }

  @ObjectType(name, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, with their cursors.' }) edges: EdgeType[];
    @Field(() => PageInfo, { description: 'Where this page starts and ends, and whether there is more either side.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list holds (with the same filters), whatever the page.' })
    totalCount: Promise<number>;
  }
  return ConnectionType;
}

export function encodeCursor(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (value: unknown) => value is T, field = 'after'): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // reported below
  }
  throw new GraphQLError(`\`${field}\` is not a cursor this query returned`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** Which rows a keyset page asks the store for: between the cursors, `limit` of them (and one more to tell whether there are more). */
export interface KeysetWindow<Cursor> {
  readonly after?: Cursor;
  readonly before?: Cursor;
  /** Paging back with `last`: the store reads from `before` (or the end) towards the start. */
  readonly backward: boolean;
  readonly limit: number;
}

export function keysetWindow<Cursor>(
  args: { first: number; last?: number; after?: string; before?: string },
  isCursor: (value: unknown) => value is Cursor,
): KeysetWindow<Cursor> {
  const after = decodeCursor(args.after, isCursor);
  const before = decodeCursor(args.before, isCursor, 'before');
  const backward = args.last !== undefined;
  return { after, before, backward, limit: backward ? args.last! : args.first };
}

/**
 * Builds a page from up to `limit + 1` rows read in the window's direction: the extra row only says
 * that there is more that way. A cursor on the other side says there is more that way too.
 */
export function keysetPage<Row, Node, Cursor>(
  rows: Row[],
  window: KeysetWindow<Cursor>,
  toNode: (row: Row) => Node,
  cursorOf: (row: Row) => object,
  totalCount: () => Promise<number>,
): KeysetConnection<Node> {
  const page = rows.slice(0, window.limit);
  if (window.backward) page.reverse();
  const more = rows.length > window.limit;
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    // A getter: the count is a second query, run only when a query selects it.
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage: window.backward ? window.before !== undefined : more,
      endCursor: edges.at(-1)?.cursor,
      hasPreviousPage: window.backward ? more : window.after !== undefined,
      startCursor: edges[0]?.cursor,
    },
  };
}
