import type { ProjectionLag } from './projection-lag.service';
import { decideReadiness } from './readiness';

const lag = (events: number, extra: Partial<ProjectionLag> = {}): ProjectionLag => ({
  position: 10n,
  headPosition: 10n + BigInt(events),
  events,
  atLeast: false,
  oldestUnprojectedRecordedAt: events > 0 ? new Date('2024-01-01T00:00:00Z') : undefined,
  projecting: true,
  ...extra,
});

describe('readiness: the store answers and the read models are within READY_MAX_LAG_EVENTS of the log', () => {
  it('is ready when the store is up and the read models are caught up', () => {
    const readiness = decideReadiness({
      storeKind: 'pglite',
      store: { status: 'up' },
      readModels: { status: 'measured', lag: lag(0) },
      maxLagEvents: 0,
    });
    expect(readiness).toEqual({
      ready: true,
      body: {
        status: 'ok',
        store: { kind: 'pglite', status: 'up' },
        readModels: { status: 'up', lagEvents: 0, maxLagEvents: 0, position: '10', headPosition: '10', projecting: true },
      },
    });
  });

  it('is ready when the read models lag by exactly the limit, and not one event more', () => {
    const at = (events: number) =>
      decideReadiness({
        storeKind: 'postgres',
        store: { status: 'up' },
        readModels: { status: 'measured', lag: lag(events) },
        maxLagEvents: 1000,
      });
    expect(at(1000).ready).toBe(true);
    const lagging = at(1001);
    expect(lagging.ready).toBe(false);
    expect(lagging.body).toMatchObject({
      status: 'unavailable',
      failed: ['readModels'],
      store: { status: 'up' },
      readModels: {
        status: 'lagging',
        lagEvents: 1001,
        maxLagEvents: 1000,
        reason: 'the read models are 1001 events behind the log, more than 1000',
      },
    });
  });

  it('says "at least" when counting stopped at the limit', () => {
    const readiness = decideReadiness({
      storeKind: 'pglite',
      store: { status: 'up' },
      readModels: { status: 'measured', lag: lag(6, { atLeast: true }) },
      maxLagEvents: 5,
    });
    expect(readiness.body.readModels).toMatchObject({
      status: 'lagging',
      lagEvents: 6,
      lagAtLeast: true,
      reason: expect.stringContaining('at least 6 events'),
    });
  });

  it('names the store when it does not answer, and the read models as unknown when their lag cannot be read', () => {
    const readiness = decideReadiness({
      storeKind: 'eventstoredb',
      store: { status: 'down', reason: 'no answer within 2000 ms' },
      readModels: { status: 'failed', reason: "cannot measure the read models' lag: connection refused" },
      maxLagEvents: 1000,
    });
    expect(readiness).toEqual({
      ready: false,
      body: {
        status: 'unavailable',
        failed: ['store', 'readModels'],
        store: { kind: 'eventstoredb', status: 'down', reason: 'no answer within 2000 ms' },
        readModels: { status: 'unknown', maxLagEvents: 1000, reason: "cannot measure the read models' lag: connection refused" },
      },
    });
  });

  it('reports a standby instance and an empty log as they are', () => {
    const readiness = decideReadiness({
      storeKind: 'postgres',
      store: { status: 'up' },
      readModels: { status: 'measured', lag: lag(0, { position: undefined, headPosition: undefined, projecting: false }) },
      maxLagEvents: 0,
    });
    expect(readiness.ready).toBe(true);
    expect(readiness.body.readModels).toMatchObject({ position: null, headPosition: null, projecting: false });
  });

  it('is not ready while start-up work lasts (the sample minutes), naming it, even with the store up and the read models caught up', () => {
    const working = decideReadiness({
      storeKind: 'pglite',
      store: { status: 'up' },
      readModels: { status: 'measured', lag: lag(0) },
      maxLagEvents: 1000,
      startupWork: 'recording the sample minutes (40 of 312 commands)',
    });
    expect(working).toEqual({
      ready: false,
      body: {
        status: 'unavailable',
        failed: ['startup'],
        store: { kind: 'pglite', status: 'up' },
        readModels: { status: 'up', lagEvents: 0, maxLagEvents: 1000, position: '10', headPosition: '10', projecting: true },
        startup: { status: 'working', reason: 'recording the sample minutes (40 of 312 commands)' },
      },
    });
    const done = decideReadiness({
      storeKind: 'pglite',
      store: { status: 'up' },
      readModels: { status: 'measured', lag: lag(0) },
      maxLagEvents: 1000,
      startupWork: undefined,
    });
    expect(done.ready).toBe(true);
    expect(done.body).not.toHaveProperty('startup');
  });
});
