import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { type DocumentNode, GraphQLError, Kind, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

/** The deepest nesting of fields in an operation, following fragments. */
export function operationDepth(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const depthOf = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.name.value.startsWith('__') ? 0 : 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
      }
    }
    return deepest;
  };
  return Math.max(0, ...document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? depthOf(d.selectionSet, new Set()) : 0)));
}

/**
 * Apollo keeps one parsed document per distinct query text, so the same document comes back request
 * after request: its depth, and its cost under the same variables, are measured once. (Measuring the
 * cost walks the whole operation against the schema: a noticeable share of a small query's CPU.)
 */
const REUSABLE_VARIABLES_LENGTH = 512;
interface Measured {
  readonly depth: number;
  readonly costs: LRUCache<string, number>;
}
const measuredDocuments = new WeakMap<DocumentNode, Measured>();

function measuredOf(document: DocumentNode): Measured {
  let measured = measuredDocuments.get(document);
  if (!measured) measuredDocuments.set(document, (measured = { depth: operationDepth(document), costs: new LRUCache({ max: 100 }) }));
  return measured;
}

/** Refuses operations nested deeper or costing more than the configured limits, before they run. */
@Plugin()
export class OperationLimitsPlugin implements ApolloServerPlugin {
  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const { maxDepth, maxComplexity } = this.config.graphql;
    return {
      async didResolveOperation({ document, schema, request, operationName }) {
        const measured = measuredOf(document);
        const depth = measured.depth;
        if (depth > maxDepth) {
          throw new GraphQLError(`The operation is nested ${depth} fields deep; at most ${maxDepth} are allowed`, {
            extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
          });
        }
        const variables = request.variables ?? {};
        const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
        const known = key.length <= REUSABLE_VARIABLES_LENGTH ? measured.costs.get(key) : undefined;
        const complexity =
          known ??
          getComplexity({
            schema,
            query: document,
            variables,
            ...(operationName ? { operationName } : {}),
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
        if (known === undefined && key.length <= REUSABLE_VARIABLES_LENGTH) measured.costs.set(key, complexity);
        if (complexity > maxComplexity) {
          throw new GraphQLError(`The operation would cost ${complexity}; at most ${maxComplexity} is allowed`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity },
          });
        }
      },
    };
  }
}
