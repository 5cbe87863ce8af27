import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry';

/** Operation names are the client's choice: past this many distinct names, new ones are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/** Times every GraphQL operation served over HTTP, from the request reaching Apollo to its answer being ready. */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  private readonly durations: Histogram<'operation_type' | 'operation_name' | 'outcome'>;
  private readonly namesSeen = new Set<string>();

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.durations = new Histogram({
      name: 'ledger_graphql_operation_duration_seconds',
      help:
        'Time to answer a GraphQL operation over HTTP, by operation type (query, mutation; unknown when the document does not parse), ' +
        `operation name (anonymous when unnamed; other past ${MAX_OPERATION_NAMES} distinct names) and outcome (ok, or error when the answer carries errors).`,
      labelNames: ['operation_type', 'operation_name', 'outcome'],
      // Queries may wait up to 30 s for a position (waitForPosition).
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
  }

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const stopTimer = this.durations.startTimer();
    return {
      willSendResponse: async ({ operation, operationName, errors, response }) => {
        const answerErrors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        stopTimer({
          operation_type: operation?.operation ?? 'unknown',
          operation_name: this.labelFor(operationName),
          outcome: (errors?.length ?? 0) > 0 || (answerErrors?.length ?? 0) > 0 ? 'error' : 'ok',
        });
      },
    };
  }

  private labelFor(operationName: string | null | undefined): string {
    if (!operationName) return 'anonymous';
    if (!OPERATION_NAME.test(operationName)) return 'other';
    if (this.namesSeen.has(operationName)) return operationName;
    if (this.namesSeen.size >= MAX_OPERATION_NAMES) return 'other';
    this.namesSeen.add(operationName);
    return operationName;
  }
}
