import { Global, Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { CommandMetrics } from './command-metrics.service';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry';
import { ProjectionMetrics } from './projection-metrics.service';

/** Prometheus metrics at /metrics: commands, projection lag, GraphQL operation durations and the process's own. */
@Global()
@Module({
  imports: [HealthModule],
  controllers: [MetricsController],
  providers: [{ provide: METRICS_REGISTRY, useFactory: createMetricsRegistry }, CommandMetrics, ProjectionMetrics, GraphQLMetricsPlugin],
  exports: [METRICS_REGISTRY],
})
export class MetricsModule {}
