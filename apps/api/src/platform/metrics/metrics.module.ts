import { Global, Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { CommandMetrics } from './command-metrics.service';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { LogProcessorMetrics } from './log-processor-metrics.service';
import { MetricsController } from './metrics.controller';
import { createMetricsRegistry, METRICS_REGISTRY } from './metrics-registry';
import { ProjectionMetrics } from './projection-metrics.service';

/** Prometheus metrics at /metrics: commands, projection lag, the log's processors, GraphQL operation durations and the process's own. */
@Global()
@Module({
  imports: [HealthModule],
  controllers: [MetricsController],
  providers: [
    { provide: METRICS_REGISTRY, useFactory: createMetricsRegistry },
    CommandMetrics,
    ProjectionMetrics,
    LogProcessorMetrics,
    GraphQLMetricsPlugin,
  ],
  exports: [METRICS_REGISTRY],
})
export class MetricsModule {}
