import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { type DocumentNode, GraphQLError, Kind, type SelectionSetNode, type FragmentDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

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

/** Refuses operations nested deeper or costing more than the configured limits, before they run. */
@Plugin()
export class OperationLimitsPlugin implements ApolloServerPlugin {
  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const { maxDepth, maxComplexity } = this.config.graphql;
    return {
      async didResolveOperation({ document, schema, request, operationName }) {
        const depth = operationDepth(document);
        if (depth > maxDepth) {
          throw new GraphQLError(`The operation is nested ${depth} fields deep; at most ${maxDepth} are allowed`, {
            extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
          });
        }
        const complexity = getComplexity({
          schema,
          query: document,
          variables: request.variables ?? {},
          ...(operationName ? { operationName } : {}),
          estimators: [simpleEstimator({ defaultComplexity: 1 })],
        });
        if (complexity > maxComplexity) {
          throw new GraphQLError(`The operation would cost ${complexity}; at most ${maxComplexity} is allowed`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', complexity, maxComplexity },
          });
        }
      },
    };
  }
}
