import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import type { LedgerConfig } from '@ledger/config';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import {
  type DocumentNode,
  getLocation,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  type FragmentDefinitionNode,
  visit,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { listAwareEstimator } from './query-cost';

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
  /** Where the operation's own text holds a character no store can keep, if anywhere. */
  readonly unstorableText: string | undefined;
  readonly costs: LRUCache<string, number>;
}
const measuredDocuments = new WeakMap<DocumentNode, Measured>();

function measuredOf(document: DocumentNode): Measured {
  let measured = measuredDocuments.get(document);
  if (!measured) {
    measured = { depth: operationDepth(document), unstorableText: unstorableTextOf(document), costs: new LRUCache({ max: 100 }) };
    measuredDocuments.set(document, measured);
  }
  return measured;
}

/** A client's mistake, answered with HTTP 400 (errors thrown before execution are otherwise 500s). */
function refusal(message: string, code: string, figures: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...figures, http: { status: 400 } } });
}

/** graphql-js's words for a variable whose value does not fit its type. */
const VARIABLE_COERCION = /^Variable "\$[^"]+" (?:got invalid value|has invalid value|of required type|of non-null type)/;

/**
 * Refuses, before they run, operations nested deeper or costing more than the configured limits,
 * variables that do not fit their types, and subscriptions sent over HTTP (they need graphql-ws).
 */
@Plugin()
export class OperationLimitsPlugin implements ApolloServerPlugin {
  constructor(@Inject(LEDGER_CONFIG) private readonly config: LedgerConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const { maxDepth, maxComplexity } = this.config.graphql;
    return {
      async didResolveOperation({ document, schema, request, operationName, operation }) {
        if (operation?.operation === 'subscription') {
          throw refusal('Subscriptions are served over WebSocket (graphql-ws) at this same path, not over HTTP', 'SUBSCRIPTION_OVER_HTTP');
        }
        const unstorable = unstorableTextIn(document, request.variables ?? {});
        if (unstorable) {
          throw refusal(
            `${unstorable} holds a NUL character or an unpaired surrogate, which text in the ledger cannot hold`,
            'BAD_USER_INPUT',
          );
        }
        const measured = measuredOf(document);
        const depth = measured.depth;
        if (depth > maxDepth) {
          throw refusal(`The operation is nested ${depth} fields deep; at most ${maxDepth} are allowed`, 'QUERY_TOO_DEEP', {
            depth,
            maxDepth,
          });
        }
        const variables = request.variables ?? {};
        const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
        const known = key.length <= REUSABLE_VARIABLES_LENGTH ? measured.costs.get(key) : undefined;
        const complexity = known ?? costOf(schema, document, variables, operationName ?? undefined, maxComplexity);
        if (known === undefined && key.length <= REUSABLE_VARIABLES_LENGTH) measured.costs.set(key, complexity);
        if (complexity > maxComplexity) {
          throw refusal(`The operation would cost ${complexity}; at most ${maxComplexity} is allowed`, 'QUERY_TOO_COMPLEX', {
            complexity,
            maxComplexity,
          });
        }
      },
    };
  }
}

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  maxComplexity: number,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [listAwareEstimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError && VARIABLE_COERCION.test(error.message)) throw refusal(error.message, 'BAD_USER_INPUT');
    // The library stops counting after its node cap: far past any cost allowed.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw refusal(`The operation has too many fields to cost; at most ${maxComplexity} is allowed`, 'QUERY_TOO_COMPLEX', {
        maxComplexity,
      });
    }
    throw error;
  }
}

/** NUL, and halves of a surrogate pair without their other half: no store can keep them as text. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point: PostgreSQL cannot store it
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where the operation's text or its variables hold characters that cannot be stored, if anywhere (the text's answer kept per document). */
function unstorableTextIn(document: DocumentNode, variables: Record<string, unknown>): string | undefined {
  const inVariables = Object.entries(variables).find(([, value]) => holdsUnstorable(value, 0));
  if (inVariables) return `Variable "$${inVariables[0]}"`;
  return measuredOf(document).unstorableText;
}

function unstorableTextOf(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node) {
      if (!found && UNSTORABLE.test(node.value))
        found = `The text at line ${node.loc ? getLocation(node.loc.source, node.loc.start).line : '?'}`;
    },
  });
  return found;
}

function holdsUnstorable(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value).some((entry) => holdsUnstorable(entry, depth + 1));
}
