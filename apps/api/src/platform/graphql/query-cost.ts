import { getNullableType, isListType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * What a list the schema does not page is assumed to hold when costing an operation: a meeting's
 * items, a resolution's parts, a body's members. Lists at the root (every body, every follow-up)
 * can be longer than lists inside one record.
 */
export const ASSUMED_LIST_SIZE = { nested: 5, root: 50 } as const;

/**
 * The cost of a field is one, plus its selection's cost times the number of records it can return:
 * `first` for a paged field (with its default when omitted), the assumed size for other lists. The
 * edges of a connection are already counted by the connection's `first`. A field may name its own
 * cost in its `complexity` extension (work that its selection does not show, such as verifying the
 * whole log).
 */
export const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  const own = fieldCost(field);
  const size = recordsReturned(field, args, type.name);
  return own + childComplexity * size;
};

function fieldCost(field: GraphQLField<unknown, unknown>): number {
  const declared = field.extensions?.complexity;
  return typeof declared === 'number' && declared > 0 ? declared : 1;
}

function recordsReturned(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, parentType: string): number {
  for (const name of ['first', 'last']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, Math.floor(value));
  }
  if (parentType.endsWith('Connection') || parentType.endsWith('Edge')) return 1;
  if (!isListType(getNullableType(field.type))) return 1;
  return parentType === 'Query' ? ASSUMED_LIST_SIZE.root : ASSUMED_LIST_SIZE.nested;
}
