import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import type { RunningApi } from './api-process';
import type { TestCaller } from './test-auth';

export async function schemaOf(api: RunningApi, as: TestCaller): Promise<GraphQLSchema> {
  const answer = await api.graphql<IntrospectionQuery>(getIntrospectionQuery(), {}, as);
  return buildClientSchema(answer.data!);
}

/**
 * A selection of every field reachable from a type, to `depth` levels, each field's required
 * arguments filled from `values` (fields whose required arguments have no value are left out).
 */
function selectionOf(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, depth: number): string | undefined {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type) || arg.name in values)
    .map((arg) => (arg.name in values ? `${arg.name}: ${JSON.stringify(values[arg.name])}` : undefined));
  if (args.includes(undefined)) return undefined;
  const head = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
  const type = getNamedType(field.type);
  if (isScalarType(type) || isEnumType(type)) return head;
  if (!isObjectType(type) || depth === 0) return undefined;
  const inner = Object.values(type.getFields())
    .map((child) => selectionOf(child, values, depth - 1))
    .filter((selection): selection is string => selection !== undefined);
  return inner.length ? `${head} { ${inner.join(' ')} }` : undefined;
}

/** One operation per root query field, selecting everything it reaches. */
export function everyQuery(schema: GraphQLSchema, values: Record<string, unknown>, depth = 5): string[] {
  return Object.values(schema.getQueryType()!.getFields())
    .map((field) => selectionOf(field, values, depth))
    .filter((selection): selection is string => selection !== undefined)
    .map((selection) => `{ ${selection} }`);
}
