import { Field, ObjectType } from '@nestjs/graphql';
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

/** A Relay-style connection type for a node type. */
export function ConnectionOf<Node>(node: Type<Node>, name: string, description: string): Type<Connection<Node>> {
  @ObjectType(`${name}Edge`, { description: `One ${name.replace(/Connection$/, '').toLowerCase()} and its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque; pass as `after` to continue from here.' }) cursor: string;
    @Field(() => node, { description: 'The item itself.' }) node: Node;
  }

  @ObjectType(name, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, with their cursors.' }) edges: EdgeType[];
    @Field(() => PageInfo, { description: 'Where this page ends, and whether there is more.' }) pageInfo: PageInfo;
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

/**
 * Builds a page from `limit + 1` rows: the extra row only says that there is a next page. `after`
 * says whether the page began after a cursor, which means there are rows before it.
 */
export function pageOf<Row, Node>(
  rows: Row[],
  limit: number,
  toNode: (row: Row) => Node,
  cursorOf: (row: Row) => object,
  after: unknown,
): Connection<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: edges.at(-1)?.cursor,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor,
    },
  };
}
