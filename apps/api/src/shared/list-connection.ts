import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GraphQLError } from 'graphql';
import { type Connection, decodeCursor, encodeCursor, PageInfo } from './connection';

/** A connection that also says how many items the whole list holds. */
export interface CountedConnection<Node> extends Connection<Node> {
  totalCount: number;
}

/** A Relay connection type over a list held whole: pages both ways, and the list's length. */
export function ListConnectionOf<Node>(node: Type<Node>, name: string, description: string): Type<CountedConnection<Node>> {
  @ObjectType(`${name}Edge`, { description: `One ${name.replace(/Connection$/, '').toLowerCase()} and its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque; pass as `after` or `before` to continue from here.' }) cursor: string;
    @Field(() => node, { description: 'The item itself.' }) node: Node;
  }

  @ObjectType(name, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, with their cursors.' }) edges: EdgeType[];
    @Field(() => PageInfo, { description: 'Where this page starts and ends, and whether there is more either side.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list holds.' }) totalCount: number;
  }
  return ConnectionType;
}

const MAX_PAGE = 100;

@ArgsType()
export class ListPageArgs {
  @Field(() => Int, { nullable: true, description: `The first this many items (after \`after\`), 1 to ${MAX_PAGE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  first?: number;

  @Field({ nullable: true, description: 'A cursor: the items after it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;

  @Field(() => Int, { nullable: true, description: `The last this many items (before \`before\`), 1 to ${MAX_PAGE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  last?: number;

  @Field({ nullable: true, description: 'A cursor: the items before it.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  before?: string;
}

interface Offset {
  readonly offset: number;
}
const isOffset = (value: unknown): value is Offset =>
  typeof value === 'object' && value !== null && Number.isInteger((value as Offset).offset) && (value as Offset).offset >= 0;

/** Where a page of a list starts and ends, by the Relay rules: between `after` and `before`, the first `first` or the last `last` (the first 20 when neither is given). */
export interface ListWindow {
  readonly start: number;
  readonly end: number;
}

export function listWindow(args: ListPageArgs, length: number): ListWindow {
  if (args.first !== undefined && args.last !== undefined) {
    throw new GraphQLError('Ask for `first` or `last`, not both', { extensions: { code: 'BAD_USER_INPUT', field: 'last' } });
  }
  const after = decodeCursor(args.after, isOffset);
  const before = decodeCursor(args.before, isOffset, 'before');
  let start = after === undefined ? 0 : Math.min(after.offset + 1, length);
  let end = before === undefined ? length : Math.max(start, Math.min(before.offset, length));
  if (args.last !== undefined) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? 20));
  return { start, end };
}

/** A page of a list from the window's items alone (fetched by offset), and the whole list's length. */
export function pageOfWindow<Node>(nodes: readonly Node[], window: ListWindow, length: number): CountedConnection<Node> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor({ offset: window.start + index }), node }));
  return {
    edges,
    totalCount: length,
    pageInfo: {
      hasPreviousPage: window.start > 0,
      hasNextPage: window.end < length,
      startCursor: edges[0]?.cursor,
      endCursor: edges.at(-1)?.cursor,
    },
  };
}

/** A page of a list held whole. */
export function pageOfList<Node>(items: readonly Node[], args: ListPageArgs): CountedConnection<Node> {
  const window = listWindow(args, items.length);
  return pageOfWindow(items.slice(window.start, window.end), window, items.length);
}
