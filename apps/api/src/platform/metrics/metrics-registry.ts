import { collectDefaultMetrics, Registry } from 'prom-client';

/** The Prometheus registry of one API instance (not prom-client's global one, so that two apps in one process never collide). */
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
