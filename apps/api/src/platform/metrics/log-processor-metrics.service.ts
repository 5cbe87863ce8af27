import { Inject, Injectable } from '@nestjs/common';
import { LogConsumer, type ProcessorStatus } from '@ledger/event-store';
import { Gauge, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './metrics-registry';

/** Each processor of the log (projections, effects, live): where it has got to, and whether it is failing. */
@Injectable()
export class LogProcessorMetrics {
  constructor(@Inject(METRICS_REGISTRY) registry: Registry, log: LogConsumer) {
    const gauge = (name: string, help: string, read: (status: ProcessorStatus) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['processor'],
        registers: [registry],
        collect() {
          this.reset();
          for (const status of log.status()) this.set({ processor: status.name }, read(status));
        },
      });
    gauge(
      'ledger_log_processor_failures',
      'Failures in a row of a processor of the event log (projections, effects, live); 0 while it keeps up. A failing processor ' +
        'resumes from its own checkpoint after a pause that doubles, up to 10 s; the others go on.',
      (status) => status.failures,
    );
    gauge(
      'ledger_log_processor_position',
      'Global position a processor of the event log has handled in this instance (a byte offset in EventStoreDB: compare, do not subtract).',
      (status) => Number(status.position ?? 0n),
    );
  }
}
